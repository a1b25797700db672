import { indexModel } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { referencesOf, stringOf } from './moddleTree'

export interface SemanticEntry {
  id: string
  type: string
  name?: string
  /** Id of the nearest containing element that has an id. */
  parentId?: string
  /** Every reference property that is set, as the referenced ids (lists keep their order). */
  references: Record<string, string | string[]>
}

/**
 * The meaning of a model as plain data, for comparing two models (e.g. before and after an
 * import/export round trip): every semantic element with an id, its type, name, container and
 * references as ids, sorted by id. Diagram interchange is left out; see `diSnapshot`.
 */
export function semanticSnapshot(definitions: ModdleElement): SemanticEntry[] {
  const index = indexModel(definitions)
  const entries: SemanticEntry[] = []
  for (const element of index.semantic) {
    if (typeof element.id !== 'string') continue
    const references: Record<string, string | string[]> = {}
    for (const reference of referencesOf(element)) {
      const ids = reference.targets.map((target) => target.id ?? '')
      references[reference.property] = reference.isMany ? ids : (ids[0] ?? '')
    }
    const entry: SemanticEntry = { id: element.id, type: element.$type, references }
    const name = stringOf(element, 'name')
    if (name !== undefined) entry.name = name
    const parentId = nearestIdentifiedParent(index.parentOf, element)
    if (parentId !== undefined) entry.parentId = parentId
    entries.push(entry)
  }
  return entries.sort((a, b) => compare(a.id, b.id))
}

function nearestIdentifiedParent(
  parentOf: Map<ModdleElement, ModdleElement>,
  element: ModdleElement
): string | undefined {
  for (let parent = parentOf.get(element); parent; parent = parentOf.get(parent)) {
    if (typeof parent.id === 'string') return parent.id
  }
  return undefined
}

/** Plain code-unit order, so snapshots sort the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
