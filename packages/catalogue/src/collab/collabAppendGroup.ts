import type { StoreContext } from '../core/context'
import { nowIso } from '../core/context'
import { firstRow, versionLabel } from '../core/opsSupport'
import { toInt } from '../core/rowMappers'
import type { SqlExecutor } from '../core/sqlExecutor'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { VersionState } from '../model/vocabulary'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import type { CollabAppendOutcome, CollabAppendResult, NewCollabUpdate } from './collabRecords'

/**
 * Appends a group of updates (of one or many documents) in ONE transaction, so a busy server pays
 * one BEGIN/COMMIT (and one fsync) per group instead of per update. Each update runs in its own
 * savepoint: a refused one (frozen, too large, unknown version, malformed) stores nothing and gets
 * its error as its outcome, the others still commit. Outcomes come back in the order of `inputs`,
 * and updates of one document are written in that order.
 *
 * The version rows are locked first, sorted by block and version, so two groups (or two server
 * instances) that share documents always lock them in the same order and cannot deadlock.
 */
export async function appendCollabGroup(
  ctx: StoreContext,
  inputs: readonly NewCollabUpdate[]
): Promise<CollabAppendOutcome[]> {
  const outcomes: (CollabAppendOutcome | undefined)[] = inputs.map((input) => {
    try {
      requireAppendInput(input)
      return undefined
    } catch (error) {
      return { ok: false, error }
    }
  })
  const toWrite = inputs.flatMap((input, index) => (outcomes[index] ? [] : [{ input, index }]))
  if (toWrite.length === 0) return outcomes as CollabAppendOutcome[]
  try {
    await ctx.ex.atomic(async (ex) => {
      const states = await lockVersions(
        ex,
        toWrite.map(({ input }) => input)
      )
      for (const { input, index } of toWrite) {
        try {
          const state = states.get(keyOf(input))
          // A group of one needs no savepoint: its own transaction rolls back on a refusal.
          const result =
            toWrite.length === 1
              ? await appendLocked(ctx, ex, input, state)
              : await ex.atomic((inner) => appendLocked(ctx, inner, input, state))
          outcomes[index] = { ok: true, result }
        } catch (error) {
          if (toWrite.length === 1) throw error
          outcomes[index] = { ok: false, error }
        }
      }
    })
  } catch (error) {
    // The transaction itself failed (or its only append was refused): nothing of it is stored, so
    // no append in it may count as stored.
    for (const { index } of toWrite) outcomes[index] = { ok: false, error }
  }
  return outcomes as CollabAppendOutcome[]
}

/** Checks an append's input before any database work; InvalidInputError names the field. */
export function requireAppendInput(input: NewCollabUpdate): void {
  requireBytes(input.update, 'update')
  requireLimit(input.maxDocumentBytes)
}

/**
 * Locks each distinct version row (PostgreSQL: until the transaction ends) in a stable order and
 * returns the states found; a version missing from the map does not exist.
 */
async function lockVersions(
  ex: SqlExecutor,
  keys: readonly VersionKey[]
): Promise<Map<string, VersionState>> {
  const distinct = new Map<string, VersionKey>()
  for (const key of keys) distinct.set(keyOf(key), key)
  const ordered = [...distinct.values()].sort(
    (a, b) => compare(a.blockId, b.blockId) || compare(a.version, b.version)
  )
  const states = new Map<string, VersionState>()
  for (const key of ordered) {
    // A no-op update takes the row lock; RETURNING saves a second round trip for the state.
    const rows = await ex.all(
      `UPDATE block_versions SET revision = revision WHERE block_id = ? AND version = ?
       RETURNING state`,
      [key.blockId, key.version]
    )
    const row = rows[0]
    if (row !== undefined) states.set(keyOf(key), String(row.state) as VersionState)
  }
  return states
}

async function appendLocked(
  ctx: StoreContext,
  ex: SqlExecutor,
  input: NewCollabUpdate,
  state: VersionState | undefined
): Promise<CollabAppendResult> {
  const label = versionLabel(input)
  if (state === undefined) throw new NotFoundError('version', label)
  if (state !== 'entwurf') throw new CollabDocumentFrozenError(label, state)
  const totals = await firstRow(
    ex,
    `SELECT COALESCE(MAX(seq), 0) AS last_seq, COALESCE(SUM(length(bytes)), 0) AS stored,
       COUNT(*) AS updates
     FROM collab_updates WHERE block_id = ? AND version = ?`,
    [input.blockId, input.version]
  )
  const stored = toInt(totals?.stored ?? 0)
  if (stored + input.update.byteLength > input.maxDocumentBytes) {
    throw new CollabDocumentTooLargeError(
      label,
      stored,
      input.update.byteLength,
      input.maxDocumentBytes
    )
  }
  const seq = toInt(totals?.last_seq ?? 0) + 1
  await ex.run(
    `INSERT INTO collab_updates (block_id, version, seq, bytes, created_at)
     VALUES (?, ?, ?, ?, ?)`,
    [input.blockId, input.version, seq, input.update, nowIso(ctx)]
  )
  return {
    seq,
    storedBytes: stored + input.update.byteLength,
    storedUpdates: toInt(totals?.updates ?? 0) + 1,
  }
}

function keyOf(key: VersionKey): string {
  return JSON.stringify([key.blockId, key.version])
}

/** Plain code-unit order: the same on every instance, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function requireBytes(value: Uint8Array, field: string): void {
  if (!(value instanceof Uint8Array) || value.byteLength === 0) {
    throw new InvalidInputError(field, {
      de: 'muss eine nicht leere Bytefolge (Yjs-Update) sein.',
      en: 'must be a non-empty byte sequence (a Yjs update).',
    })
  }
}

function requireLimit(value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InvalidInputError('maxDocumentBytes', {
      de: 'muss eine ganze Zahl ab 1 sein.',
      en: 'must be a whole number of at least 1.',
    })
  }
}
