import type { VersionState } from './vocabulary'

/** Why a compare-and-set change did not happen: someone else changed the version first. */
export type VersionConflict =
  | { kind: 'state'; expected: VersionState; actual: VersionState }
  | { kind: 'revision'; expected: number; actual: number }

/** Result of a compare-and-set change: the new value, or the conflict that prevented it. */
export type CasResult<T> = { ok: true; value: T } | { ok: false; conflict: VersionConflict }

/** Outcome of recomputing a published version's content hash from what is stored. */
export interface ContentVerification {
  ok: boolean
  storedHash: string | null
  computedHash: string
}
