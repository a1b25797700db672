import type { RuleCatalogueEntry, RuleConfigurationRevision, RuleLevel } from './rulesApi'

export interface LevelChange {
  rule: string
  from: RuleLevel
  to: RuleLevel
}

/**
 * What a revision changed against the one before it: rules whose level differs, in catalogue
 * order. A rule a revision does not name has its default level (the server completes
 * configurations the same way), so the first revision is compared with the defaults.
 */
export function levelChanges(
  revision: RuleConfigurationRevision,
  previous: RuleConfigurationRevision | undefined,
  catalogue: readonly RuleCatalogueEntry[]
): LevelChange[] {
  const changes: LevelChange[] = []
  for (const entry of catalogue) {
    const from = previous?.rules[entry.name] ?? entry.defaultLevel
    const to = revision.rules[entry.name] ?? entry.defaultLevel
    if (from !== to) changes.push({ rule: entry.name, from, to })
  }
  return changes
}

/** The levels a form edits: every catalogue rule, with its stored or default level. */
export function completeLevels(
  rules: Readonly<Record<string, RuleLevel>>,
  catalogue: readonly RuleCatalogueEntry[]
): Record<string, RuleLevel> {
  return Object.fromEntries(
    catalogue.map((entry) => [entry.name, rules[entry.name] ?? entry.defaultLevel])
  )
}
