import type * as Y from 'yjs'
import type { ModelSpace } from '../document/modelSpace'

export interface ChangedIds {
  added: string[]
  updated: string[]
  removed: string[]
}

export interface ModelChanges {
  /** Semantic elements by id. */
  elements: ChangedIds
  /** DI entries by their own id (e.g. `Task_1_di`); a label change is an update of its shape. */
  di: ChangedIds
  origin: unknown
  /** Whether the transaction came from this peer (a binding ignores its own changes). */
  local: boolean
}

/**
 * Reports, once per transaction, which elements of a model changed — what a bpmn-js/dmn-js
 * binding needs to update the canvas incrementally for remote changes (create the shapes of added
 * ids, remove removed ones, refresh updated ones) without re-importing the diagram. Ids are sorted.
 * Returns the function that stops observing.
 */
export function observeModelChanges(
  space: ModelSpace,
  listener: (changes: ModelChanges) => void
): () => void {
  const collect = (events: Y.YEvent<Y.AbstractType<unknown>>[], into: Sets): void => {
    for (const event of events) {
      if (event.path.length === 0) {
        for (const [key, change] of event.changes.keys) {
          if (change.action === 'add') into.added.add(key)
          else if (change.action === 'delete') into.removed.add(key)
          else into.updated.add(key)
        }
      } else {
        into.updated.add(String(event.path[0]))
      }
    }
  }
  let pending: { elements: Sets; di: Sets; origin: unknown; local: boolean } | undefined
  const start = (transaction: Y.Transaction) => {
    pending ??= {
      elements: emptySets(),
      di: emptySets(),
      origin: transaction.origin,
      local: transaction.local,
    }
    return pending
  }
  const onElements = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) =>
    collect(events, start(transaction).elements)
  const onDi = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) =>
    collect(events, start(transaction).di)
  const doc = space.elements.doc as Y.Doc
  // Deep observers of one transaction run before `afterTransaction`: report then, once.
  const flush = () => {
    if (!pending) return
    const { elements, di, origin, local } = pending
    pending = undefined
    listener({ elements: toIds(elements), di: toIds(di), origin, local })
  }
  space.elements.observeDeep(onElements)
  space.di.observeDeep(onDi)
  doc.on('afterTransaction', flush)
  return () => {
    space.elements.unobserveDeep(onElements)
    space.di.unobserveDeep(onDi)
    doc.off('afterTransaction', flush)
  }
}

interface Sets {
  added: Set<string>
  updated: Set<string>
  removed: Set<string>
}

function emptySets(): Sets {
  return { added: new Set(), updated: new Set(), removed: new Set() }
}

function toIds(sets: Sets): ChangedIds {
  const sorted = (set: Set<string>) => [...set].sort()
  // Added or removed in this transaction is not also "updated".
  const updated = [...sets.updated].filter((id) => !sets.added.has(id) && !sets.removed.has(id))
  return { added: sorted(sets.added), updated: updated.sort(), removed: sorted(sets.removed) }
}
