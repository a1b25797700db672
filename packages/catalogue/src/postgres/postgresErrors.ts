import type { DatabaseError } from 'pg'
import { entityOfTable, fieldOfPostgresConstraint } from '../core/constraintEntities'
import {
  AppendOnlyViolationError,
  CatalogueError,
  ImmutableVersionError,
  InvalidInputError,
  ReferenceViolationError,
  StorageError,
  UniqueViolationError,
} from '../errors'

function isDatabaseError(error: unknown): error is DatabaseError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string'
}

/** Turns a pg error into the store's typed errors; the driver error stays as `cause`. */
export function translatePostgresError(error: unknown): CatalogueError {
  if (error instanceof CatalogueError) return error
  if (!isDatabaseError(error)) return new StorageError({ cause: error })
  switch (error.code) {
    case '23505':
      return new UniqueViolationError(entityOfTable(error.table) ?? 'meta', undefined, {
        cause: error,
      })
    case '23503':
      return new ReferenceViolationError(entityOfTable(error.table), { cause: error })
    case '23514':
    case '23502':
    case '22P02':
    case '22007':
    case '22008':
      return new InvalidInputError(
        fieldOfPostgresConstraint(error.table, error.constraint, error.column),
        { de: 'verletzt eine Bedingung der Datenbank.', en: 'violates a database constraint.' },
        { cause: error }
      )
    case 'BP001':
      return new ImmutableVersionError(undefined, { cause: error })
    case 'BP002':
      return new AppendOnlyViolationError({ cause: error })
    default:
      return new StorageError({ cause: error })
  }
}
