import * as Y from 'yjs'

/** Stored-but-unmerged updates kept before they are merged into the state. */
const MERGE_AFTER_UPDATES = 32

/**
 * A document as the server holds it: one encoded update (plus a short list of updates not yet
 * merged in), not a `Y.Doc`. The server never edits documents itself, and a `Y.Doc` costs about
 * 20 times the encoded size in heap (one object per Yjs item); see docs/collaboration.md
 * § Sync core. Merging is lazy because `Y.mergeUpdates` re-encodes the whole state: it happens
 * when the list grows past `MERGE_AFTER_UPDATES` or when someone needs the state (a sync step).
 */
export class EncodedDocumentState {
  private merged: Uint8Array
  private unmerged: Uint8Array[] = []

  /** `updates`: the stored log; deleted content is collected once (as a gc Y.Doc would). */
  constructor(updates: readonly Uint8Array[]) {
    this.merged = collectGarbage(updates)
  }

  /** Adds an update (stored, or stored elsewhere); duplicates merge to nothing. */
  add(update: Uint8Array): void {
    this.unmerged.push(update)
    if (this.unmerged.length >= MERGE_AFTER_UPDATES) this.merge()
  }

  /** The whole document as one update. */
  get state(): Uint8Array {
    this.merge()
    return this.merged
  }

  /** What sync step 1 announces. */
  stateVector(): Uint8Array {
    return Y.encodeStateVectorFromUpdate(this.state)
  }

  /** What a client with `stateVector` lacks (sync step 2). */
  missingFor(stateVector: Uint8Array): Uint8Array {
    return Y.diffUpdate(this.state, stateVector)
  }

  /**
   * `Y.mergeUpdates` keeps deleted content; rebuilding through a transient gc Y.Doc drops it. Run
   * when the stored log is compacted, so the state does not keep growing with deletions.
   */
  collectGarbage(): void {
    this.merged = collectGarbage([this.state])
  }

  private merge(): void {
    if (this.unmerged.length === 0) return
    this.merged = Y.mergeUpdates([this.merged, ...this.unmerged])
    this.unmerged = []
  }
}

/** Updates as one update, applied to a fresh gc document so deleted content is collected. */
export function collectGarbage(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

/** Whether an update carries nothing (no items, no deletions). Throws on malformed input. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update)
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0
}
