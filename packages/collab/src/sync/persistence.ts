/**
 * Durable storage of documents as a log of Yjs updates. Implementations: `MemoryPersistence`
 * (tests, single process); SQLite and PostgreSQL adapters belong with the catalogue's storage.
 *
 * Several server instances may write one document's log at the same time (scale-out): appends
 * and compactions of one document must take turns in storage, not only within one hub.
 */
export interface DocumentPersistence {
  /**
   * Every stored update of the document in append order (empty for a new document). Rejects when
   * storage cannot be read; the hub then refuses the connection and writes nothing.
   */
  load(docName: string): Promise<Uint8Array[]>
  /**
   * Appends one update. MUST resolve only after the update is durable (SQLite: committed in WAL
   * mode with `synchronous=FULL`; PostgreSQL: committed) — the hub acknowledges and relays the
   * update only then. One hub never calls `append` for one document concurrently. May resolve to
   * the size of the log right after the append (read in the same transaction): the hub then knows
   * the exact size even when other instances wrote to the log too.
   */
  append(docName: string, update: Uint8Array): Promise<StoredLogSize | void>
  /**
   * Replaces the updates stored now with `merge(thoseUpdates)`, atomically: after a crash either
   * all of them or the merge is there. Updates appended later stay after it. Optimistic, so that
   * a slow merge (it may run on another thread) holds no lock: storage reads the updates, awaits
   * `merge` outside any transaction, then — locked against other writers — replaces them only if
   * they are still exactly the ones it read (appends only add after them; only a compaction
   * removes updates). If another compaction replaced them meanwhile, nothing changes. Either way
   * `merge` saw exactly the updates it replaces — so a compaction never drops an update another
   * instance stored that this hub has not seen yet. An empty log is not merged.
   */
  compact(docName: string, merge: MergeUpdates): Promise<StoredLogSize | void>
}

/** Merges a document's stored updates into one (the hub: `collectGarbage`, maybe in a worker). */
export type MergeUpdates = (updates: Uint8Array[]) => Uint8Array | Promise<Uint8Array>

/** The size of a document's stored log at one moment. */
export interface StoredLogSize {
  storedBytes: number
  storedUpdates: number
}
