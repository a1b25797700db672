import type { VersionKey } from '../model/inputs'

/** One Yjs update for a draft's collaborative document. */
export interface NewCollabUpdate extends VersionKey {
  update: Uint8Array
  /** The append is refused when the stored log plus this update would exceed this many bytes. */
  maxDocumentBytes: number
}

/**
 * Replaces every stored update with `merge(thoseUpdates)`. The merge runs inside the transaction
 * that holds the version's lock, on exactly the rows it replaces: with several server instances
 * writing one log, a state built outside could lack updates another instance appended.
 */
export interface CollabCompaction extends VersionKey {
  merge: (updates: Uint8Array[]) => Uint8Array
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
