import type { StoreContext } from '../core/context'
import { nowIso } from '../core/context'
import { firstRow, versionLabel } from '../core/opsSupport'
import { toInt } from '../core/rowMappers'
import type { SqlExecutor } from '../core/sqlExecutor'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { VersionState } from '../model/vocabulary'
import { appendCollabGroup, requireBytes } from './collabAppendGroup'
import { storeCollabRows } from './collabDocuments'
import type {
  CollabAppendOutcome,
  CollabAppendResult,
  CollabCompaction,
  CollabLogSize,
  NewCollabUpdate,
} from './collabRecords'

/**
 * The log of Yjs updates of a draft's collaborative document (table `collab_updates`, migration 005)
 * and its totals (table `collab_documents`, migration 008). Every write runs in one transaction that
 * first locks the version row (appends: `SELECT … FOR NO KEY UPDATE`, collabDocuments.ts; compaction:
 * a no-op update — the same lock), so writers of one document (several server instances, a
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

    async appendCollabUpdate(input: NewCollabUpdate): Promise<CollabAppendResult> {
      const [outcome] = await appendCollabGroup(ctx, [input])
      if (outcome === undefined) throw new TypeError('an append group of one returned no outcome')
      if (!outcome.ok) throw outcome.error
      return outcome.result
    },

    async appendCollabUpdates(inputs: readonly NewCollabUpdate[]): Promise<CollabAppendOutcome[]> {
      return appendCollabGroup(ctx, inputs)
    },

    async compactCollabUpdates(input: CollabCompaction): Promise<CollabLogSize> {
      const key = { blockId: input.blockId, version: input.version }
      if (typeof input.merge !== 'function') {
        throw new InvalidInputError('merge', {
          de: 'muss eine Funktion sein, die die gespeicherten Änderungen zusammenführt.',
          en: 'must be a function that merges the stored updates.',
        })
      }
      return ctx.ex.atomic(async (ex) => {
        // Locked like an append: no instance appends between reading the rows and replacing them.
        await lockVersion(ex, key)
        const rows = await ex.all(
          'SELECT seq, bytes FROM collab_updates WHERE block_id = ? AND version = ? ORDER BY seq',
          [key.blockId, key.version]
        )
        const updates = rows.map((row) => copyBytes(row.bytes))
        const size = (log: Uint8Array[]) => ({
          storedBytes: log.reduce((sum, update) => sum + update.byteLength, 0),
          storedUpdates: log.length,
        })
        if (updates.length === 0) return size(updates)
        const state = input.merge(updates)
        requireBytes(state, 'state')
        // The merged state takes the place (sequence number) of the last update it replaces.
        const lastSeq = toInt(rows[rows.length - 1]?.seq)
        await ex.run('DELETE FROM collab_updates WHERE block_id = ? AND version = ? AND seq <= ?', [
          key.blockId,
          key.version,
          lastSeq,
        ])
        const compacted = size([state])
        // The totals row (migration 008) changes with the log, under the same lock.
        await storeCollabRows(
          ctx,
          ex,
          [{ ...key, seq: lastSeq, bytes: state }],
          [{ ...key, lastSeq, ...compacted }],
          nowIso(ctx)
        )
        return compacted
      })
    },
  }
}

/** Locks the version row until the transaction ends (PostgreSQL) and returns its state. */
async function lockVersion(ex: SqlExecutor, key: VersionKey): Promise<VersionState> {
  await ex.run('UPDATE block_versions SET revision = revision WHERE block_id = ? AND version = ?', [
    key.blockId,
    key.version,
  ])
  return stateOf(ex, key)
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
