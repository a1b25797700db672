/**
 * Durable storage of documents as a log of Yjs updates. Implementations: `MemoryPersistence`
 * (tests, single process); SQLite and PostgreSQL adapters belong with the catalogue's storage.
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
   * update only then. The hub never calls `append` for one document concurrently.
   */
  append(docName: string, update: Uint8Array): Promise<void>
  /**
   * Replaces the first `replacedCount` stored updates with `state` (their merge), atomically:
   * after a crash either all of them or `state` is there. Updates appended later stay after it.
   */
  compact(docName: string, state: Uint8Array, replacedCount: number): Promise<void>
}
