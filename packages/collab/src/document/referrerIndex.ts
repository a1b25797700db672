import * as Y from 'yjs'
import { refsOf } from './entry'
import { entryOf, type ModelSpace } from './modelSpace'

/**
 * Which entries of a model space reference an id (any reference property, live or not), kept up
 * to date per changed key. The incremental decode needs it to find the entries a change reaches
 * without touching any other entry: those that lose an essential reference, those whose dangling
 * reference now resolves or must be dropped.
 */
export class ReferrerIndex {
  private readonly targetsOf = new Map<string, string[]>()
  private readonly referrersOf = new Map<string, Set<string>>()

  constructor(private readonly space: ModelSpace) {
    for (const key of space.elements.keys()) this.update(key)
    for (const key of space.di.keys()) this.update(key)
  }

  /** Re-reads the references of `key` from the document (call for every changed key). */
  update(key: string): void {
    for (const target of this.targetsOf.get(key) ?? []) this.referrersOf.get(target)?.delete(key)
    const entry = entryOf(this.space, key)
    const targets = entry ? referencedIds(entry) : []
    this.targetsOf.set(key, targets)
    for (const target of targets) {
      let set = this.referrersOf.get(target)
      if (!set) this.referrersOf.set(target, (set = new Set()))
      set.add(key)
    }
  }

  referrers(id: string): ReadonlySet<string> {
    return this.referrersOf.get(id) ?? EMPTY
  }
}

const EMPTY: ReadonlySet<string> = new Set()

function referencedIds(entry: Y.Map<unknown>): string[] {
  const ids: string[] = []
  const refs = refsOf(entry)
  if (!refs) return ids
  for (const value of refs.values()) {
    if (typeof value === 'string') ids.push(value)
    else if (value instanceof Y.Array) {
      for (const id of value.toArray()) if (typeof id === 'string') ids.push(id)
    }
  }
  return ids
}
