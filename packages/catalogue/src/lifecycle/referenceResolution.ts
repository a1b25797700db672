import {
  resolveReferences,
  type LocatedBausteinRef,
  type Problem,
  type ResolvedBausteinRef,
} from '@bauplan/domain'
import type { NewReference } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { publishedVersionsOf } from './versionsOf'

/**
 * One stored reference per target block. A process may call the same block from several call
 * activities; they must agree on the range, otherwise one version cannot satisfy "the" reference and
 * the exported blueprint would be ambiguous.
 */
export function referencesByBlock(refs: readonly LocatedBausteinRef[]): {
  references: NewReference[]
  problems: Problem[]
} {
  const byId = new Map<string, LocatedBausteinRef>()
  const problems: Problem[] = []
  for (const ref of refs) {
    const first = byId.get(ref.id)
    if (first === undefined) {
      byId.set(ref.id, ref)
    } else if (first.versionRange !== ref.versionRange) {
      problems.push({
        code: 'ref.inconsistentRanges',
        severity: 'error',
        ...(ref.elementId !== undefined ? { elementId: ref.elementId } : {}),
        message: {
          de: `Der Baustein „${ref.id}“ wird mit verschiedenen Versionsbereichen aufgerufen („${first.versionRange}“ und „${ref.versionRange}“); alle Aufrufe eines Bausteins müssen denselben Bereich nennen.`,
          en: `The block "${ref.id}" is called with different version ranges ("${first.versionRange}" and "${ref.versionRange}"); all calls of one block must name the same range.`,
        },
      })
    }
  }
  const references = [...byId.values()].map((ref) => ({
    targetBlockId: ref.id,
    range: ref.versionRange,
  }))
  return { references, problems }
}

/**
 * Resolves references against the catalogue's published versions (deprecated ones included — they
 * are still valid, only discouraged; the gate warns about them). Reads sequentially: inside a
 * transaction the store takes one call at a time.
 */
export async function resolveAgainstCatalogue(
  store: CatalogueStore,
  refs: readonly LocatedBausteinRef[],
  file: string | undefined
): Promise<{ resolved: ResolvedBausteinRef[]; problems: Problem[] }> {
  const published = new Map<string, string[] | undefined>()
  for (const ref of refs) {
    if (!published.has(ref.id)) published.set(ref.id, await publishedVersionsOf(store, ref.id))
  }
  return resolveReferences(refs, (id) => published.get(id), file === undefined ? {} : { file })
}
