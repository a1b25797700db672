import type { ModdleElement } from '@bauplan/domain'
import { entryElement, resolveReferences, type EntryElementContext } from './entryElement'
import type { Entry } from './entry'
import { decideMembers, namesParent } from './modelMembership'
import { entryOf, type ModelSpace } from './modelSpace'
import { repairBpmn } from './repairBpmn'

// Kept here too: the package index and the operations import it from this module.

export interface DecodedModel {
  definitions: ModdleElement
  /** Keys of entries present in the document but left out of the model, sorted. */
  omitted: string[]
}

/**
 * Rebuilds the moddle tree of a model space. A pure function of the document state: it never
 * depends on the order in which updates arrived, and it resolves concurrency anomalies the same
 * way on every peer (see `docs/collaboration.md`, "Conflict semantics"): which entries belong to
 * the model is `decideMembers` (shared with the incremental `decodeEntries`), every element is
 * built by `entryElement`, and references to ids outside the model are dropped.
 */
export function decodeModel(space: ModelSpace): DecodedModel {
  const all = [...space.elements.keys(), ...space.di.keys()]
  const members = decideMembers(space, { keys: new Set(all), wasMember: () => false })
  const definitions = build(space, members)
  const omitted = all.filter((key) => !members.has(key)).sort()
  return { definitions, omitted }
}

function build(space: ModelSpace, members: ReadonlySet<string>): ModdleElement {
  const byId = new Map<string, ModdleElement>()
  const make = (key: string): ModdleElement => {
    const element = entryElement(context, key, entryOf(space, key) as Entry)
    // An entry wins over an embedded element of the same id (`register` never overwrites).
    byId.set(key, element)
    return element
  }
  const context: EntryElementContext = {
    kind: space.kind,
    child: (key, parent) => {
      const entry = members.has(key) ? entryOf(space, key) : undefined
      return entry && namesParent(entry, parent) ? make(key) : undefined
    },
    register: (element) => {
      if (typeof element.id === 'string' && !byId.has(element.id)) byId.set(element.id, element)
    },
    pending: [],
  }
  // Seeding writes the root and no operation deletes it, so this only guards a foreign document.
  if (!members.has(space.root)) {
    throw new Error(`The model ${space.file} has no root entry ${space.root}.`)
  }
  const definitions = make(space.root)
  resolveReferences(context.pending, (id) => byId.get(id))
  if (space.kind === 'bpmn') repairBpmn(definitions)
  return definitions
}
