import {
  parseBpmn,
  type FolderCheckResult,
  type Problem,
  type PublishedVersionsLookup,
} from '@bauplan/domain'
import { lintBaustein, type LintConfig } from '@bauplan/lint'
import type { FolderFiles } from '../folderFiles'

/**
 * Runs the modelling rules of `@bauplan/lint` over a checked folder at the given levels. The BPMN
 * model is parsed again (the folder check keeps only facts); metadata rules run only on
 * schema-valid metadata, and DMN-dependent checks only when every DMN file could be read, so a
 * broken file is reported once, by the folder check, not again as a missing decision.
 */
export async function lintFolder(
  files: FolderFiles,
  check: FolderCheckResult,
  config: LintConfig,
  lookup: PublishedVersionsLookup
): Promise<Problem[]> {
  const bpmnFile =
    check.metadata?.artefakte.bpmn.datei ?? Object.keys(files).find((n) => n.endsWith('.bpmn'))
  const bpmnText = bpmnFile === undefined ? undefined : files[bpmnFile]
  const definitions =
    bpmnText === undefined || check.bpmn === undefined
      ? undefined
      : (await parseBpmn(bpmnText)).definitions
  const dmnNamed = check.metadata?.artefakte.dmn?.length ?? 0
  const allDmnRead = check.dmn.length === dmnNamed
  return lintBaustein({
    ...(definitions ? { bpmnDefinitions: definitions } : {}),
    ...(check.metadata ? { metadata: check.metadata } : {}),
    ...(allDmnRead ? { dmnFacts: check.dmn } : {}),
    ...(bpmnFile !== undefined ? { bpmnFile } : {}),
    config,
    lookup,
  })
}
