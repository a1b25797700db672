import { LINT_RULES, type LintLevel, type LintRuleName } from '../rules/ruleCatalogue'

/**
 * A catalogue's rule configuration: the level of every rule. `version` is the format version of
 * this object (not the configuration's revision, which the catalogue keeps with its audit trail).
 */
export interface LintConfig {
  version: 1
  rules: Record<LintRuleName, LintLevel>
}

/** A configuration that may leave rules out; they keep their default level. */
export interface LintConfigInput {
  version?: 1
  rules?: Partial<Record<LintRuleName, LintLevel>>
}

export const LINT_LEVELS: readonly LintLevel[] = ['off', 'warning', 'error']

/** Every rule at its default level (see `LINT_RULES` for the reasons). */
export const DEFAULT_LINT_CONFIG: LintConfig = Object.freeze({
  version: 1,
  rules: Object.freeze(
    Object.fromEntries(LINT_RULES.map((rule) => [rule.name, rule.defaultLevel])) as Record<
      LintRuleName,
      LintLevel
    >
  ),
})

/**
 * Completes a configuration with the defaults. Names that are not rules are dropped: a stored
 * configuration may name a rule a later version removed, and that must not break linting.
 * Use `validateLintConfig` to tell a curator about such names.
 */
export function resolveConfig(input: LintConfigInput = {}): LintConfig {
  const given = (input.rules ?? {}) as Readonly<Record<string, unknown>>
  const rules = { ...DEFAULT_LINT_CONFIG.rules }
  for (const rule of LINT_RULES) {
    const level = given[rule.name]
    if (isLintLevel(level)) rules[rule.name] = level
  }
  return { version: 1, rules }
}

export function isLintLevel(value: unknown): value is LintLevel {
  return typeof value === 'string' && (LINT_LEVELS as readonly string[]).includes(value)
}
