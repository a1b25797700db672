import type { StoreContext } from '../core/context'
import { toInt } from '../core/rowMappers'
import type { SqlExecutor, SqlValue } from '../core/sqlExecutor'
import type { VersionKey } from '../model/inputs'
import type { VersionState } from '../model/vocabulary'
import type { CollabLogTotals } from './collabRecords'

export type { CollabLogTotals }

/** What a writer learns about a document once its version row is locked. */
export interface LockedCollabDocument extends CollabLogTotals {
  state: VersionState
}

export interface CollabDocumentTotals extends VersionKey, CollabLogTotals {}

/** One row of `collab_updates`. */
export interface CollabUpdateRow extends VersionKey {
  seq: number
  bytes: Uint8Array
}

export const EMPTY_LOG: CollabLogTotals = { lastSeq: 0, storedBytes: 0, storedUpdates: 0 }

/**
 * Most rows (or keys) per statement, so the parameters (5 per row) stay far below SQLite's limit of
 * 32,766 and PostgreSQL's of 65,535. The hub's groups (COLLAB_MAX_GROUP_APPENDS = 256) always fit one
 * statement; only a larger direct call of appendCollabUpdates is split.
 */
export const MAX_ROWS_PER_STATEMENT = 1000

export function documentKey(key: VersionKey): string {
  return JSON.stringify([key.blockId, key.version])
}

/** PostgreSQL (row locks, data-modifying WITH) or SQLite: see `SqlDialect.rowLocks`. */
function hasRowLocks(ctx: StoreContext): boolean {
  return ctx.dialect.rowLocks
}

/**
 * Locks the version rows of the distinct documents of `keys` until the transaction ends and returns
 * each one's state and log totals; a document missing from the map has no version row.
 *
 * Two statements, whatever the number of documents:
 * 1. `SELECT … ORDER BY … FOR NO KEY UPDATE` on block_versions locks the rows one after another in
 *    that order (PostgreSQL sorts before it locks), the same order in every instance, so groups that
 *    share documents cannot deadlock. NO KEY UPDATE is the lock the former no-op
 *    `UPDATE block_versions SET revision = revision` took and that the catalogue's own UPDATEs of the
 *    version row take (`lockDraft`, state changes, compaction): each of them waits for the others,
 *    so an update is stored before the version leaves `entwurf` or refused after. It does not block
 *    the KEY SHARE locks of foreign-key checks elsewhere, as the former UPDATE did not.
 * 2. The totals, read by a statement of their own: under READ COMMITTED a statement sees what was
 *    committed when it started. The locking statement may have waited for another writer of the
 *    same document; only a statement started after the lock was granted sees that writer's totals.
 *    (A join in statement 1 would read them from before the wait.)
 * SQLite has no row locks: its write transactions run one at a time (BEGIN IMMEDIATE) anyway.
 */
export async function lockCollabDocuments(
  ctx: StoreContext,
  ex: SqlExecutor,
  keys: readonly VersionKey[]
): Promise<Map<string, LockedCollabDocument>> {
  const distinct = new Map<string, VersionKey>()
  for (const key of keys) distinct.set(documentKey(key), key)
  // Sorted here as well, so a split into several statements still locks in one global order.
  const ordered = [...distinct.values()].sort(
    (a, b) => compare(a.blockId, b.blockId) || compare(a.version, b.version)
  )
  const c = ctx.dialect.binaryCollation
  const lock = hasRowLocks(ctx) ? ' FOR NO KEY UPDATE' : ''
  const states = new Map<string, VersionState>()
  for (const chunk of chunksOf(ordered)) {
    const rows = await ex.all(
      `SELECT block_id, version, state FROM block_versions
       WHERE (block_id, version) IN (VALUES ${placeholders(chunk.length, 2)})
       ORDER BY block_id${c}, version${c}${lock}`,
      chunk.flatMap((key) => [key.blockId, key.version])
    )
    for (const row of rows) {
      states.set(documentKey(keyOfRow(row)), String(row.state) as VersionState)
    }
  }
  const documents = new Map<string, LockedCollabDocument>()
  const found = ordered.filter((key) => states.has(documentKey(key)))
  for (const key of found) {
    const state = states.get(documentKey(key)) as VersionState
    documents.set(documentKey(key), { state, ...EMPTY_LOG })
  }
  for (const chunk of chunksOf(found)) {
    const rows = await ex.all(
      `SELECT block_id, version, last_seq, stored_bytes, stored_updates FROM collab_documents
       WHERE (block_id, version) IN (VALUES ${placeholders(chunk.length, 2)})`,
      chunk.flatMap((key) => [key.blockId, key.version])
    )
    for (const row of rows) {
      const document = documents.get(documentKey(keyOfRow(row)))
      if (document === undefined) continue
      document.lastSeq = toInt(row.last_seq)
      document.storedBytes = toInt(row.stored_bytes)
      document.storedUpdates = toInt(row.stored_updates)
    }
  }
  return documents
}

/**
 * Inserts `rows` into collab_updates and writes the documents' new totals, in as few statements as
 * the rows allow: on PostgreSQL one (the insert as a data-modifying WITH of the totals' upsert), on
 * SQLite two. The caller holds the documents' locks (`lockCollabDocuments` or the version row).
 */
export async function storeCollabRows(
  ctx: StoreContext,
  ex: SqlExecutor,
  rows: readonly CollabUpdateRow[],
  totals: readonly CollabDocumentTotals[],
  createdAt: string
): Promise<void> {
  const rowChunks = chunksOf(rows)
  const totalChunks = chunksOf(totals)
  const [onlyRows] = rowChunks
  const [onlyTotals] = totalChunks
  if (
    hasRowLocks(ctx) &&
    rowChunks.length === 1 &&
    totalChunks.length === 1 &&
    onlyRows &&
    onlyTotals
  ) {
    const insert = insertRows(onlyRows, createdAt)
    const upsert = upsertTotals(onlyTotals)
    await ex.run(`WITH appended AS (${insert.sql}) ${upsert.sql}`, [
      ...insert.params,
      ...upsert.params,
    ])
    return
  }
  for (const chunk of rowChunks) {
    const insert = insertRows(chunk, createdAt)
    await ex.run(insert.sql, insert.params)
  }
  for (const chunk of totalChunks) {
    const upsert = upsertTotals(chunk)
    await ex.run(upsert.sql, upsert.params)
  }
}

interface Statement {
  sql: string
  params: SqlValue[]
}

function insertRows(rows: readonly CollabUpdateRow[], createdAt: string): Statement {
  return {
    sql: `INSERT INTO collab_updates (block_id, version, seq, bytes, created_at)
          VALUES ${placeholders(rows.length, 5)}`,
    params: rows.flatMap((row) => [row.blockId, row.version, row.seq, row.bytes, createdAt]),
  }
}

function upsertTotals(totals: readonly CollabDocumentTotals[]): Statement {
  return {
    sql: `INSERT INTO collab_documents (block_id, version, last_seq, stored_bytes, stored_updates)
          VALUES ${placeholders(totals.length, 5)}
          ON CONFLICT (block_id, version) DO UPDATE SET last_seq = excluded.last_seq,
            stored_bytes = excluded.stored_bytes, stored_updates = excluded.stored_updates`,
    params: totals.flatMap((one) => [
      one.blockId,
      one.version,
      one.lastSeq,
      one.storedBytes,
      one.storedUpdates,
    ]),
  }
}

/** `(?, ?), (?, ?)` for `rows` rows of `columns` values. */
function placeholders(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`
  return Array.from({ length: rows }, () => row).join(', ')
}

function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += MAX_ROWS_PER_STATEMENT) {
    chunks.push(items.slice(start, start + MAX_ROWS_PER_STATEMENT))
  }
  return chunks
}

function keyOfRow(row: Record<string, unknown>): VersionKey {
  return { blockId: String(row.block_id), version: String(row.version) }
}

/** Plain code-unit order: the same on every instance, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
