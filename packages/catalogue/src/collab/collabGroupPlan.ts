import { versionLabel } from '../core/opsSupport'
import { NotFoundError } from '../errors'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import {
  documentKey,
  type CollabDocumentTotals,
  type CollabUpdateRow,
  type LockedCollabDocument,
} from './collabDocuments'
import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

/** What a group's transaction writes, and what each of its appends learns. */
export interface CollabGroupPlan {
  /** One per input, in input order. */
  outcomes: CollabAppendOutcome[]
  /** The accepted updates, each document's in input order. */
  rows: CollabUpdateRow[]
  /** The new totals of each document that got at least one row. */
  totals: CollabDocumentTotals[]
}

/**
 * Decides each append of a group, in input order, against the locked documents: an unknown version
 * is NotFound, a version that is not `entwurf` is frozen, an update that would make the log (with the
 * group's earlier accepted updates to it) larger than its own `maxDocumentBytes` is too large. The
 * others get the next sequence numbers and report the log as it stands right after them — the same
 * figures as if each append had run alone, one after another.
 *
 * PostgreSQL decides inside the database by the same rules (`collab_append_group`, migration 009,
 * decision 0015): a change here must be made there too, in a new migration; the store contract
 * (collabAppendGroupContract.ts) runs against both.
 */
export function planCollabGroup(
  inputs: readonly NewCollabUpdate[],
  documents: ReadonlyMap<string, LockedCollabDocument>
): CollabGroupPlan {
  const logs = new Map<string, CollabDocumentTotals>()
  const rows: CollabUpdateRow[] = []
  const outcomes = inputs.map((input): CollabAppendOutcome => {
    const key = documentKey(input)
    const label = versionLabel(input)
    const document = documents.get(key)
    if (document === undefined) return { ok: false, error: new NotFoundError('version', label) }
    if (document.state !== 'entwurf') {
      return { ok: false, error: new CollabDocumentFrozenError(label, document.state) }
    }
    const { lastSeq, storedBytes, storedUpdates } = document
    const { blockId, version } = input
    const log = logs.get(key) ?? { blockId, version, lastSeq, storedBytes, storedUpdates }
    const size = input.update.byteLength
    if (log.storedBytes + size > input.maxDocumentBytes) {
      const error = new CollabDocumentTooLargeError(
        label,
        log.storedBytes,
        size,
        input.maxDocumentBytes
      )
      return { ok: false, error }
    }
    log.lastSeq += 1
    log.storedBytes += size
    log.storedUpdates += 1
    logs.set(key, log)
    rows.push({ blockId, version, seq: log.lastSeq, bytes: input.update })
    return {
      ok: true,
      result: { seq: log.lastSeq, storedBytes: log.storedBytes, storedUpdates: log.storedUpdates },
    }
  })
  return { outcomes, rows, totals: [...logs.values()] }
}
