import type { VersionKey } from '../model/inputs'

/** One Yjs update for a draft's collaborative document. */
export interface NewCollabUpdate extends VersionKey {
  update: Uint8Array
  /** The append is refused when the stored log plus this update would exceed this many bytes. */
  maxDocumentBytes: number
}

/**
 * Replaces the stored updates it read with `merge(thoseUpdates)`. The merge runs outside any
 * transaction (it may answer asynchronously, from a worker thread); the replacement happens only
 * if, under the version's lock, exactly the rows it read are still stored — with several server
 * instances writing one log, nothing another instance appended meanwhile is dropped
 * (collabOps.ts `compactCollabUpdates`).
 */
export interface CollabCompaction extends VersionKey {
  merge: (updates: Uint8Array[]) => Uint8Array | Promise<Uint8Array>
}

/**
 * A document's log totals (table `collab_documents`, migration 008): what `collab_updates` holds for
 * it, kept by every writer of the log so an append needs no aggregate over the whole log. Appends
 * raise `lastSeq`; a compaction keeps it (the merged state takes the last replaced update's place),
 * so an unchanged `lastSeq` means the document's content did not change.
 */
export interface CollabLogTotals {
  /** MAX(seq): the next update gets lastSeq + 1; 0 for an empty log. */
  lastSeq: number
  storedBytes: number
  storedUpdates: number
}

/** The size of a document's stored log right after a write, read in the write's transaction. */
export interface CollabLogSize {
  storedBytes: number
  storedUpdates: number
}

/** Where an appended update was stored, and the log's size with it. */
export interface CollabAppendResult extends CollabLogSize {
  seq: number
}

/** What became of one append of a group: stored, or refused with the reason (nothing stored). */
export type CollabAppendOutcome =
  { ok: true; result: CollabAppendResult } | { ok: false; error: unknown }
