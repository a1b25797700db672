import type { Problem } from '@bauplan/domain'
import type { BlueprintManifest } from '../manifest/manifestTypes'

/** The checks of `verify`, in the order they run; a failed check stops the ones after it. */
export const VERIFY_CHECKS = [
  'archive',
  'manifest',
  'schema',
  'integrity',
  'blocks',
  'references',
  'models',
] as const
export type VerifyCheck = (typeof VERIFY_CHECKS)[number]

export type CheckOutcome = 'passed' | 'failed' | 'skipped'

export interface VerifyReport {
  ok: boolean
  checks: Record<VerifyCheck, CheckOutcome>
  /** Present once the manifest could be read and is of a known version. */
  manifest?: BlueprintManifest
  problems: Problem[]
  /** Warnings do not fail verification (e.g. diagram hints from the domain checks). */
  warnings: Problem[]
}

/** A bundle that passed every check, with its files (path → bytes) for the import. */
export interface VerifiedBundle {
  manifest: BlueprintManifest
  files: ReadonlyMap<string, Uint8Array>
  report: VerifyReport
}
