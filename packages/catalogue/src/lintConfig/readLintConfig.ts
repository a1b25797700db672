import { DEFAULT_LINT_CONFIG, resolveConfig, type LintConfig } from '@bauplan/lint'
import type { CatalogueStore } from '../store'
import type { LintConfigRevision } from './lintConfigRecords'

/** The configuration in force: a stored revision, or revision 0 — every rule at its default level. */
export interface CurrentLintConfig {
  revision: number
  /** Every rule of this version of `@bauplan/lint`; rules the revision does not name keep their default. */
  rules: LintConfig['rules']
  changedAt: string | null
  changedBy: string | null
  comment: string | null
}

export function currentOf(stored: LintConfigRevision | null): CurrentLintConfig {
  if (stored === null) {
    return {
      revision: 0,
      rules: { ...DEFAULT_LINT_CONFIG.rules },
      changedAt: null,
      changedBy: null,
      comment: null,
    }
  }
  return {
    revision: stored.revision,
    // A stored name of a rule that a later version removed is dropped, not an error: linting must go on.
    rules: resolveConfig({ rules: stored.rules as LintConfig['rules'] }).rules,
    changedAt: stored.changedAt,
    changedBy: stored.changedBy,
    comment: stored.comment,
  }
}

export async function readCurrentLintConfig(store: CatalogueStore): Promise<CurrentLintConfig> {
  return currentOf(await store.getCurrentLintConfig())
}
