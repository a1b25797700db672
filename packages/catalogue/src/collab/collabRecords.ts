import type { VersionKey } from '../model/inputs'

/** One Yjs update for a draft's collaborative document. */
export interface NewCollabUpdate extends VersionKey {
  update: Uint8Array
  /** The append is refused when the stored log plus this update would exceed this many bytes. */
  maxDocumentBytes: number
}

/** Replaces the first `replacedCount` stored updates with `state`, their merge. */
export interface CollabCompaction extends VersionKey {
  state: Uint8Array
  replacedCount: number
}
