import type { JsonObject } from '../model/json'

/**
 * One stored revision of the catalogue's rule configuration (Prüfregeln). The store keeps the rule
 * levels as they were validated when written; what a level means is `@bauplan/lint`'s business.
 */
export interface LintConfigRevision {
  /** 1, 2, 3, … without gaps; the highest is the current configuration. */
  revision: number
  /** Rule name → level (`off`, `warning`, `error`), every rule of the time it was written. */
  rules: JsonObject
  /** The user who made the change; null for the system. */
  changedBy: string | null
  changedAt: string
  comment: string | null
}

export interface NewLintConfigRevision {
  /**
   * The revision the change was made on (0 before the first change). The new revision is this plus
   * one, and it is written only while this is still the current one (optimistic concurrency).
   */
  basedOnRevision: number
  rules: JsonObject
  changedBy: string | null
  comment?: string | null
}

/** Why a configuration change was not written: someone else changed it first. */
export interface LintConfigConflict {
  expected: number
  actual: number
}

export type LintConfigAppendResult =
  { ok: true; value: LintConfigRevision } | { ok: false; conflict: LintConfigConflict }
