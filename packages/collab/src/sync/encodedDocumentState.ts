import * as Y from 'yjs'

/**
 * When the unmerged updates are merged into the state. `Y.mergeUpdates` re-encodes the whole
 * state (about 40 ms for the 376 KiB of a 500-element diagram on a busy machine), so merging is
 * deferred until the unmerged bytes reach an eighth of the state: the cost per update stays
 * proportional to its size (≈ 0.1 ms for a 100-byte edit), and the list costs at most about an
 * eighth more memory. The count bound caps the per-array overhead of many tiny updates.
 */
const MERGE_AT_FRACTION_OF_STATE = 1 / 8
const MERGE_AT_BYTES_AT_LEAST = 4096
const MERGE_AT_UPDATES = 1024
/**
 * With `deferMerges`, the owner merges in the background (`wantsMerge`); only if the list grows to
 * this many times the bound meanwhile (a collection that fails or falls far behind) does `add`
 * merge on the caller's turn, so memory stays bounded.
 */
const DEFERRED_MERGE_HARD_FACTOR = 4

/** Collects garbage from updates (see `collectGarbage`), possibly on another thread. */
export type CollectGarbage = (updates: Uint8Array[]) => Promise<Uint8Array>

/** `collectGarbage` on this thread, for hubs without a worker pool. */
export const collectGarbageInProcess: CollectGarbage = async (updates) => collectGarbage(updates)

/**
 * A document as the server holds it: one encoded update (plus a short list of updates not yet
 * merged in), not a `Y.Doc`. The server never edits documents itself, and a `Y.Doc` costs about
 * 20 times the encoded size in heap (one object per Yjs item); see docs/collaboration.md
 * § Sync core. Merging is lazy because `Y.mergeUpdates` re-encodes the whole state: it happens
 * when the list has grown (see `MERGE_AT_FRACTION_OF_STATE`) or when someone needs the state (a
 * sync step, a compaction).
 */
export class EncodedDocumentState {
  /** The last state vector computed, with the state it belongs to (see stateVector). */
  private vectorOf: { state: Uint8Array; vector: Uint8Array } | undefined
  private merged: Uint8Array
  private unmerged: Uint8Array[] = []
  private unmergedBytes = 0
  /**
   * While a garbage collection runs: every update added since its snapshot. The collected state
   * replaces the snapshot only, so these are added again on top of it (a lazy merge meanwhile
   * folds them into `merged`, which the collected state then replaces).
   */
  private addedDuringCollection: Uint8Array[] | undefined

  /**
   * `updates`: the stored log, kept as it is (the first update as the state, the rest waiting to
   * be merged): nothing is re-encoded on the loading caller's turn. Merged updates keep deleted
   * content; `collectGarbageWith` drops it, off the event loop when its collect runs elsewhere.
   */
  constructor(
    updates: readonly Uint8Array[],
    /**
     * Leave merging to the owner (`wantsMerge`, then `collectGarbageWith` with a collect that runs
     * on another thread): `Y.mergeUpdates` on the event loop takes tens of milliseconds for a
     * large document, and documents edited in step reach their bound together.
     */
    private readonly options: { deferMerges?: boolean } = {}
  ) {
    const [first, ...rest] = updates
    // An empty document encodes to no structs and no deletions: [0, 0].
    this.merged = first ?? new Uint8Array([0, 0])
    for (const update of rest) {
      this.unmerged.push(update)
      this.unmergedBytes += update.length
    }
  }

  /** Adds an update (stored, or stored elsewhere); duplicates merge to nothing. */
  add(update: Uint8Array): void {
    this.addedDuringCollection?.push(update)
    this.unmerged.push(update)
    this.unmergedBytes += update.length
    const factor = this.options.deferMerges ? DEFERRED_MERGE_HARD_FACTOR : 1
    if (this.overBound(factor)) this.merge()
  }

  /** Updates added and not yet merged into the state (for tests and metrics). */
  get unmergedCount(): number {
    return this.unmerged.length
  }

  /** With `deferMerges`: the unmerged updates have reached the bound where they should be merged. */
  get wantsMerge(): boolean {
    return this.overBound(1)
  }

  private overBound(factor: number): boolean {
    const byteBound = Math.max(
      this.merged.length * MERGE_AT_FRACTION_OF_STATE,
      MERGE_AT_BYTES_AT_LEAST
    )
    return (
      this.unmergedBytes >= byteBound * factor || this.unmerged.length >= MERGE_AT_UPDATES * factor
    )
  }

  /** The whole document as one update. */
  get state(): Uint8Array {
    this.merge()
    return this.merged
  }

  /** What sync step 1 announces. */
  stateVector(): Uint8Array {
    // Every connection gets it on joining: computed once per state, not once per connection (it
    // reads the whole state).
    const state = this.state
    if (this.vectorOf?.state !== state) {
      this.vectorOf = { state, vector: Y.encodeStateVectorFromUpdate(state) }
    }
    return this.vectorOf.vector
  }

  /** What a client with `stateVector` lacks (sync step 2). */
  missingFor(stateVector: Uint8Array): Uint8Array {
    // A client that has nothing yet (a tab just opened) lacks everything: the state itself, without
    // the diff's pass over it — hundreds of tabs reconnecting after a restart all ask this.
    if (Y.decodeStateVector(stateVector).size === 0) return this.state
    return Y.diffUpdate(this.state, stateVector)
  }

  /** Whether a garbage collection is running (`collectGarbageWith`). */
  get isCollecting(): boolean {
    return this.addedDuringCollection !== undefined
  }

  /**
   * `Y.mergeUpdates` keeps deleted content; rebuilding through a transient gc Y.Doc
   * (`collectGarbage`) drops it. Without blocking: hands the state as it is now (unmerged updates
   * included, so nothing is re-encoded here) to `collect`, and replaces it with the result when
   * that resolves, keeping every update added meanwhile. One collection at a time: resolves to
   * false at once, changing nothing, while another runs. When `collect` rejects the state stays
   * as it was (with everything added meanwhile) and the rejection is passed on.
   */
  async collectGarbageWith(collect: CollectGarbage): Promise<boolean> {
    if (this.addedDuringCollection) return false
    const snapshot = [this.merged, ...this.unmerged]
    const added: Uint8Array[] = []
    this.addedDuringCollection = added
    try {
      const collected = await collect(snapshot)
      this.merged = collected
      this.unmerged = [...added]
      this.unmergedBytes = added.reduce((sum, update) => sum + update.length, 0)
      return true
    } finally {
      this.addedDuringCollection = undefined
    }
  }

  private merge(): void {
    if (this.unmerged.length === 0) return
    this.merged = Y.mergeUpdates([this.merged, ...this.unmerged])
    this.unmerged = []
    this.unmergedBytes = 0
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
