import type { StoreContext } from '../core/context'
import { nowIso } from '../core/context'
import { firstRow, versionLabel } from '../core/opsSupport'
import { toInt } from '../core/rowMappers'
import type { SqlExecutor } from '../core/sqlExecutor'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { VersionState } from '../model/vocabulary'
import { appendCollabGroup, requireBytes } from './collabAppendGroup'
import { collabAppendOps } from './collabAppendThrough'
import { documentKey, EMPTY_LOG, lockCollabDocuments, storeCollabRows } from './collabDocuments'
import type { CollabCompaction, CollabLogSize, CollabLogTotals } from './collabRecords'

/**
 * The log of Yjs updates of a draft's collaborative document (table `collab_updates`, migration 005)
 * and its totals (table `collab_documents`, migration 008). Every write runs in one transaction that
 * first locks the version row (`SELECT … FOR NO KEY UPDATE`, collabDocuments.ts; a compaction merges
 * before its transaction and takes the lock only to replace the rows), so writers of one document (several server instances, a
 * concurrent submit or draft-file write-back, which update the version row) take turns: an update is
 * either stored before the version leaves `entwurf` or refused after. Each write changes the log and
 * its totals row together under that lock.
 */
export function collabOps(ctx: StoreContext) {
  return {
    async loadCollabUpdates(key: VersionKey): Promise<Uint8Array[]> {
      const rows = await ctx.ex.all(
        'SELECT bytes FROM collab_updates WHERE block_id = ? AND version = ? ORDER BY seq',
        [key.blockId, key.version]
      )
      if (rows.length === 0) await stateOf(ctx.ex, key)
      return rows.map((row) => copyBytes(row.bytes))
    },

    async collabLogTotals(key: VersionKey): Promise<CollabLogTotals> {
      const row = await firstRow(
        ctx.ex,
        `SELECT last_seq, stored_bytes, stored_updates FROM collab_documents
         WHERE block_id = ? AND version = ?`,
        [key.blockId, key.version]
      )
      if (row === undefined) {
        await stateOf(ctx.ex, key)
        return { ...EMPTY_LOG }
      }
      return {
        lastSeq: toInt(row.last_seq),
        storedBytes: toInt(row.stored_bytes),
        storedUpdates: toInt(row.stored_updates),
      }
    },

    ...collabAppendOps((inputs) => appendCollabGroup(ctx, inputs)),

    /**
     * Optimistic, so the merge (a Y.Doc rebuild, possibly in a worker thread) holds no lock: on
     * SQLite the store's one connection would otherwise make every append of every document wait
     * for it. The rows are read without a transaction and merged outside one; then ONE short
     * transaction locks the version row and replaces them only if they are still exactly there.
     * Appends only add rows behind the last one read and only a compaction removes rows, so "the
     * same count, first and last seq among the rows up to the last one read" means untouched. If
     * another compaction replaced them meanwhile, nothing changes and the current size is
     * reported (the hub compacts again when the log is long again).
     */
    async compactCollabUpdates(input: CollabCompaction): Promise<CollabLogSize> {
      const key = { blockId: input.blockId, version: input.version }
      if (typeof input.merge !== 'function') {
        throw new InvalidInputError('merge', {
          de: 'muss eine Funktion sein, die die gespeicherten Änderungen zusammenführt.',
          en: 'must be a function that merges the stored updates.',
        })
      }
      const rows = await ctx.ex.all(
        'SELECT seq, bytes FROM collab_updates WHERE block_id = ? AND version = ? ORDER BY seq',
        [key.blockId, key.version]
      )
      if (rows.length === 0) {
        await stateOf(ctx.ex, key)
        return { storedBytes: 0, storedUpdates: 0 }
      }
      const updates = rows.map((row) => copyBytes(row.bytes))
      const read = {
        count: rows.length,
        firstSeq: toInt(rows[0]?.seq),
        // The merged state takes the place (sequence number) of the last update it replaces.
        lastSeq: toInt(rows[rows.length - 1]?.seq),
        bytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
      }
      const state = await input.merge(updates)
      requireBytes(state, 'state')
      return ctx.ex.atomic(async (ex) => {
        // Locked like an append: no instance appends or compacts between the check and the
        // replacement. The totals are read under the lock (lockCollabDocuments).
        const locked = (await lockCollabDocuments(ctx, ex, [key])).get(documentKey(key))
        if (locked === undefined) throw new NotFoundError('version', versionLabel(key))
        const current = {
          storedBytes: locked.storedBytes,
          storedUpdates: locked.storedUpdates,
        }
        if (!(await stillStored(ex, key, read))) return current
        await ex.run('DELETE FROM collab_updates WHERE block_id = ? AND version = ? AND seq <= ?', [
          key.blockId,
          key.version,
          read.lastSeq,
        ])
        // Rows appended during the merge stay behind it and in the totals.
        const compacted = {
          storedBytes: current.storedBytes - read.bytes + state.byteLength,
          storedUpdates: current.storedUpdates - read.count + 1,
        }
        // The totals row (migration 008) changes with the log, under the same lock.
        await storeCollabRows(
          ctx,
          ex,
          [{ ...key, seq: read.lastSeq, bytes: state }],
          [{ ...key, lastSeq: locked.lastSeq, ...compacted }],
          nowIso(ctx)
        )
        return compacted
      })
    },
  }
}

/** Whether the rows a compaction read (up to `lastSeq`) are still exactly the stored ones. */
async function stillStored(
  ex: SqlExecutor,
  key: VersionKey,
  read: { count: number; firstSeq: number; lastSeq: number }
): Promise<boolean> {
  const row = await firstRow(
    ex,
    `SELECT COUNT(*) AS count, MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM collab_updates
     WHERE block_id = ? AND version = ? AND seq <= ?`,
    [key.blockId, key.version, read.lastSeq]
  )
  return (
    row !== undefined &&
    toInt(row.count) === read.count &&
    toInt(row.first_seq) === read.firstSeq &&
    toInt(row.last_seq) === read.lastSeq
  )
}

async function stateOf(ex: SqlExecutor, key: VersionKey): Promise<VersionState> {
  const row = await firstRow(
    ex,
    'SELECT state FROM block_versions WHERE block_id = ? AND version = ?',
    [key.blockId, key.version]
  )
  if (row === undefined) throw new NotFoundError('version', versionLabel(key))
  return String(row.state) as VersionState
}

/** Drivers return Buffers that may share a pool; the caller gets its own plain bytes. */
function copyBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value)
  throw new TypeError(`expected bytes from the database, got ${typeof value}`)
}
