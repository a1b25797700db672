import { collectReferences, parseBpmn, readBpmnFacts } from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import type { SourceBlock, SourceReference } from '../source/blockSource'
import { scanCallActivities } from './scanCallActivities'

/**
 * The references of a block: as the source knows them (a catalogue stores them with the version
 * pinned at publication), otherwise read from the call activities of its BPMN model. A model that
 * cannot be read is an error here, not a block without references — silently dropping a
 * dependency would produce an incomplete blueprint.
 */
export async function referencesOf(
  block: SourceBlock,
  options: { fullParse?: boolean } = {}
): Promise<readonly SourceReference[]> {
  if (block.references !== undefined) return block.references
  const bpmnFiles = Object.keys(block.files)
    .filter((name) => name.endsWith('.bpmn'))
    .sort()
  const references: SourceReference[] = []
  for (const file of bpmnFiles) {
    const text = block.files[file] ?? ''
    // Verify parses fully: a check of foreign bundles must not rest on the fast path alone.
    const scanned = options.fullParse === true ? undefined : scanCallActivities(text)
    const parsed = scanned === undefined ? await parseBpmn(text) : undefined
    const facts =
      scanned !== undefined
        ? { callActivities: scanned }
        : parsed?.definitions !== undefined
          ? readBpmnFacts(parsed.definitions)
          : undefined
    const collected = facts === undefined ? undefined : collectReferences(facts, { file })
    if (collected === undefined || collected.problems.some((p) => p.severity === 'error')) {
      throw new BlueprintError('unresolved', [
        blueprintProblem(
          'blueprint.unreadableModel',
          {
            de: `${block.id}@${block.version}: Die Referenzen in ${file} können nicht gelesen werden; prüfen Sie den Baustein mit „bauplan validate“.`,
            en: `${block.id}@${block.version}: the references in ${file} cannot be read; check the block with "bauplan validate".`,
          },
          { file }
        ),
        ...(collected?.problems ?? parsed?.problems ?? []),
      ])
    }
    for (const ref of collected.references) {
      references.push({ blockId: ref.id, range: ref.versionRange })
    }
  }
  return references
}
