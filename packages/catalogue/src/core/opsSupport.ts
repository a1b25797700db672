import {
  ImmutableVersionError,
  NotFoundError,
  UniqueViolationError,
  type CatalogueEntity,
} from '../errors'
import type { VersionKey } from '../model/inputs'
import type { SqlExecutor, SqlRow, SqlValue } from './sqlExecutor'
import { toInt } from './rowMappers'

/** Re-throws a duplicate error that does not yet name its key with the key the caller knows. */
export async function naming<T>(key: string, work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    if (error instanceof UniqueViolationError && error.key === undefined) {
      throw new UniqueViolationError(error.entity, key, { cause: error })
    }
    if (error instanceof ImmutableVersionError && error.key === undefined) {
      throw new ImmutableVersionError(key, { cause: error })
    }
    throw error
  }
}

export function versionLabel(key: VersionKey): string {
  return `${key.blockId}@${key.version}`
}

export async function firstRow(
  ex: SqlExecutor,
  sql: string,
  params: readonly SqlValue[]
): Promise<SqlRow | undefined> {
  return (await ex.all(sql, params))[0]
}

/** Throws NotFoundError unless a row with this key exists. */
export async function requireRow(
  ex: SqlExecutor,
  table: string,
  column: string,
  value: string,
  entity: CatalogueEntity
): Promise<void> {
  const row = await firstRow(ex, `SELECT 1 AS found FROM ${table} WHERE ${column} = ?`, [value])
  if (row === undefined) throw new NotFoundError(entity, value)
}

export async function requireVersionRow(ex: SqlExecutor, key: VersionKey): Promise<void> {
  const row = await firstRow(
    ex,
    'SELECT 1 AS found FROM block_versions WHERE block_id = ? AND version = ?',
    [key.blockId, key.version]
  )
  if (row === undefined) throw new NotFoundError('version', versionLabel(key))
}

/** Throws NotFoundError for an actor id that is given but unknown. */
export async function requireActor(
  ex: SqlExecutor,
  actorId: string | null | undefined
): Promise<void> {
  if (actorId !== null && actorId !== undefined)
    await requireRow(ex, 'users', 'id', actorId, 'user')
}

export async function countRows(
  ex: SqlExecutor,
  sql: string,
  params: readonly SqlValue[]
): Promise<number> {
  const row = await firstRow(ex, sql, params)
  return row === undefined ? 0 : toInt(row.n)
}
