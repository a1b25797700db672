import { parseBpmn, type FolderCheckResult, type Problem } from '@bauplan/domain'
import { lintBaustein, type LintConfigInput } from '@bauplan/lint'

/**
 * The catalogue's lint rules over a checked folder, as the publishing gate runs them: BPMN rules on
 * the model, metadata rules on schema-valid metadata. Without a catalogue lookup the call-activity
 * rule checks only the form of references (the server resolves them at submit). A BPMN file that
 * does not parse is already a domain problem; its rules are then skipped, not reported twice.
 */
export async function lintFolder(
  files: Readonly<Record<string, string>>,
  checked: FolderCheckResult,
  config: LintConfigInput
): Promise<Problem[]> {
  const bpmnFile =
    checked.metadata?.artefakte.bpmn.datei ?? Object.keys(files).find((n) => n.endsWith('.bpmn'))
  const bpmnText = bpmnFile === undefined ? undefined : files[bpmnFile]
  const parsed = bpmnText === undefined ? undefined : await parseBpmn(bpmnText)
  const expectedDmn = checked.metadata?.artefakte.dmn?.length ?? 0
  return lintBaustein({
    config,
    ...(parsed?.definitions ? { bpmnDefinitions: parsed.definitions } : {}),
    ...(bpmnFile !== undefined ? { bpmnFile } : {}),
    ...(checked.metadata ? { metadata: checked.metadata } : {}),
    // Rules that look into decisions need every DMN file read; otherwise they skip those checks.
    ...(checked.dmn.length === expectedDmn ? { dmnFacts: checked.dmn } : {}),
  })
}
