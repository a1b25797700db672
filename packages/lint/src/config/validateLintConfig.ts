import type { LocalizedText, Problem } from '@bauplan/domain'
import { renderLintMessage, type LintMessageKey } from '../messages/catalogue'
import type { MessageParams } from '../messages/localize'
import { suggestion } from '../messages/suggestion'
import { LINT_RULE_NAMES, RULE_PREFIX, type LintLevel } from '../rules/ruleCatalogue'
import { closestName } from '../text/closestName'
import { jsonPointer } from '../text/jsonPointer'
import { LINT_LEVELS, isLintLevel, resolveConfig, type LintConfig } from './lintConfig'

export type LintConfigValidation =
  { ok: true; config: LintConfig; problems: Problem[] } | { ok: false; problems: Problem[] }

const TOP_LEVEL_PROPERTIES = ['version', 'rules']

/**
 * Checks a rule configuration as a curator stored or typed it (a parsed JSON value) and returns
 * the resolved configuration when it is valid. Every problem names its place as a JSON pointer and
 * suggests the closest rule name or level where a typo is likely. All problems are reported at
 * once, so one round of corrections suffices.
 */
export function validateLintConfig(json: unknown): LintConfigValidation {
  const problems: Problem[] = []
  const add = (key: LintMessageKey, pointer: string, params: MessageParams = {}) =>
    problems.push({
      code: key,
      severity: 'error',
      pointer,
      message: renderLintMessage(key, { pointer, ...params }),
    })

  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    add('lintConfig.notObject', '', { actual: describeValue(json) })
    return { ok: false, problems }
  }
  const config = json as Record<string, unknown>
  if (config.version !== 1) {
    add('lintConfig.version', jsonPointer('version'), { actual: describeValue(config.version) })
  }
  for (const property of Object.keys(config)) {
    if (TOP_LEVEL_PROPERTIES.includes(property)) continue
    add('lintConfig.unknownProperty', jsonPointer(property), {
      property,
      suggestion: suggestion(closestName(property, TOP_LEVEL_PROPERTIES)),
    })
  }
  const rules = config.rules
  if (
    rules !== undefined &&
    (typeof rules !== 'object' || rules === null || Array.isArray(rules))
  ) {
    add('lintConfig.rulesNotObject', jsonPointer('rules'), { actual: describeValue(rules) })
  } else if (rules !== undefined) {
    for (const [rule, level] of Object.entries(rules as Record<string, unknown>)) {
      const pointer = jsonPointer('rules', rule)
      if (!(LINT_RULE_NAMES as readonly string[]).includes(rule)) {
        add('lintConfig.unknownRule', pointer, {
          rule,
          suggestion: suggestion(suggestRule(rule)),
        })
      } else if (!isLintLevel(level)) {
        add('lintConfig.invalidLevel', pointer, {
          rule,
          actual: describeValue(level),
          suggestion: suggestion(suggestLevel(level)),
        })
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    config: resolveConfig(config as Parameters<typeof resolveConfig>[0]),
    problems,
  }
}

/** Reads a rule configuration from JSON text; a syntax error is a problem like any other. */
export function parseLintConfig(text: string): LintConfigValidation {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const key = 'lintConfig.syntax'
    return {
      ok: false,
      problems: [{ code: key, severity: 'error', message: renderLintMessage(key, { detail }) }],
    }
  }
  return validateLintConfig(json)
}

/** A typo, or a rule name written without its `bauplan/` namespace. */
function suggestRule(rule: string): string | undefined {
  return closestName(rule, LINT_RULE_NAMES) ?? closestName(RULE_PREFIX + rule, LINT_RULE_NAMES)
}

/** Levels as bpmnlint and ESLint spell them, which curators coming from there will type. */
const LEVEL_ALIASES: Readonly<Record<string, LintLevel>> = {
  warn: 'warning',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
}

function suggestLevel(level: unknown): string | undefined {
  if (typeof level !== 'string' && typeof level !== 'number') return undefined
  const text = String(level).trim().toLowerCase()
  return LEVEL_ALIASES[text] ?? closestName(text, LINT_LEVELS)
}

function describeValue(value: unknown): LocalizedText {
  if (value === undefined) return { de: 'keine Angabe', en: 'nothing' }
  if (Array.isArray(value)) return { de: 'eine Liste', en: 'a list' }
  const json = JSON.stringify(value)
  const shown = json.length > 60 ? `${json.slice(0, 57)}…` : json
  return { de: shown, en: shown }
}
