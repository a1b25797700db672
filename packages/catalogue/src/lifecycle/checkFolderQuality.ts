import type { FolderCheckResult, Problem } from '@bauplan/domain'
import type { FolderFiles } from './folderFiles'
import type { DecisionTestReport } from './quality/decisionTestReport'
import { runQualityChecks } from './quality/qualityChecks'
import type { ServiceContext } from './serviceContext'

export interface FolderQualityCheck {
  /** The folder check (metadata, models, references as written). */
  check: FolderCheckResult
  /** The folder check's problems, then rule findings and failing decision tests. */
  problems: Problem[]
  decisionTests?: DecisionTestReport
  lintConfigRevision: number
}

/**
 * Checks a folder without storing anything: the folder check plus the quality gates at the
 * catalogue's current rule configuration, with calls resolved against the catalogue — what a
 * submission would find, apart from version numbering and reference cycles.
 */
export async function checkFolderQuality(
  ctx: ServiceContext,
  files: FolderFiles
): Promise<FolderQualityCheck> {
  const check = await ctx.checkFolder(files)
  const quality = await runQualityChecks(ctx.store, files, check, check.problems)
  return {
    check,
    problems: [...check.problems, ...quality.problems],
    ...(quality.decisionTests ? { decisionTests: quality.decisionTests } : {}),
    lintConfigRevision: quality.lintConfigRevision,
  }
}
