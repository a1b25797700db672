import { runFolderDecisionTests } from '@bauplan/dmn-engine'
import type { FolderCheckResult, Problem } from '@bauplan/domain'
import { lintFolder } from '@bauplan/lint'
import type { CatalogueStore } from '../../store'
import type { FolderFiles } from '../folderFiles'
import { readCurrentLintConfig } from '../../lintConfig/readLintConfig'
import { catalogueLookup } from './catalogueLookup'
import type { DecisionTestReport } from './decisionTestReport'

export interface QualityResult {
  /** Rule findings at their configured level, DMN compile problems, failing decision tests. */
  problems: Problem[]
  /** Undefined when the folder is too broken to run its decision tests. */
  decisionTests?: DecisionTestReport
  /** The revision of the rule configuration the rules ran with (0: the defaults). */
  lintConfigRevision: number
}

const CALL_RULE = 'bauplan/call-activity-reference'

/**
 * The quality gates of issue #7 over a checked folder: the modelling rules at the catalogue's
 * current configuration, with calls resolved against the catalogue, and the block's decision
 * tests. `earlier` are the problems the gate already found; a call the gate's own resolution
 * already reports as unresolvable is not reported a second time by the rule.
 */
export async function runQualityChecks(
  store: CatalogueStore,
  files: FolderFiles,
  check: FolderCheckResult,
  earlier: readonly Problem[] = []
): Promise<QualityResult> {
  const current = await readCurrentLintConfig(store)
  const lookup = await catalogueLookup(store, check)
  const lint = await lintFolder(files, check, { version: 1, rules: current.rules }, lookup)
  const unresolved = new Set(
    earlier.filter((p) => p.code.startsWith('ref.') && p.elementId).map((p) => p.elementId)
  )
  const tests = await runFolderDecisionTests(files, check)
  return {
    problems: [
      ...lint.filter((p) => !(p.code === CALL_RULE && unresolved.has(p.elementId))),
      ...tests.problems,
    ],
    ...(tests.report ? { decisionTests: tests.report } : {}),
    lintConfigRevision: current.revision,
  }
}

/**
 * A draft's answer: what the folder check found plus the quality findings. A draft may be
 * incomplete, so none of this blocks storing it; the same findings block submission.
 */
export function draftQuality(
  found: readonly Problem[],
  quality: QualityResult
): { problems: Problem[]; decisionTests?: DecisionTestReport; lintConfigRevision: number } {
  return {
    problems: [...found, ...quality.problems],
    ...(quality.decisionTests ? { decisionTests: quality.decisionTests } : {}),
    lintConfigRevision: quality.lintConfigRevision,
  }
}
