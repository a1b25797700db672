import {
  parseBpmn,
  type FolderCheckResult,
  type Problem,
  type PublishedVersionsLookup,
} from '@bauplan/domain'
import type { LintConfigInput } from '../config/lintConfig'
import { lintBaustein } from './lintBaustein'

/** A building-block folder as the checks see it: file name → text. */
export type LintFolderFiles = Readonly<Record<string, string>>

/**
 * Runs the modelling rules over a folder that `checkBausteinFolder` has checked, as the publishing
 * gate does (the catalogue) and `bauplan validate` does (the CLI). The BPMN model is parsed again
 * (the folder check keeps only facts); metadata rules run only on schema-valid metadata, and
 * DMN-dependent checks only when every DMN file could be read, so a broken file is reported once,
 * by the folder check, not again as a missing decision. Without `lookup` the call-activity rule
 * checks only the form of a reference; with it, the called block must have a matching version.
 */
export async function lintFolder(
  files: LintFolderFiles,
  check: FolderCheckResult,
  config: LintConfigInput,
  lookup?: PublishedVersionsLookup
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
    ...(lookup ? { lookup } : {}),
  })
}
