import { entityOfTable, fieldOfSqliteConstraint } from '../core/constraintEntities'
import {
  AppendOnlyViolationError,
  CatalogueError,
  ImmutableVersionError,
  InvalidInputError,
  ReferenceViolationError,
  StorageError,
  UniqueViolationError,
} from '../errors'

interface SqliteDriverError extends Error {
  code: string
}

function isSqliteError(error: unknown): error is SqliteDriverError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error as SqliteDriverError).code.startsWith('SQLITE_')
  )
}

/** "UNIQUE constraint failed: api_tokens.user_id, api_tokens.name" → "api_tokens". */
function tableInMessage(message: string): string | undefined {
  return /failed: ([a-z_]+)\./.exec(message)?.[1]
}

/** Turns a better-sqlite3 error into the store's typed errors; the driver error stays as `cause`. */
export function translateSqliteError(error: unknown): CatalogueError {
  if (error instanceof CatalogueError) return error
  if (!isSqliteError(error)) return new StorageError({ cause: error })
  const { code, message } = error
  switch (code) {
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case 'SQLITE_CONSTRAINT_UNIQUE':
      return new UniqueViolationError(entityOfTable(tableInMessage(message)) ?? 'meta', undefined, {
        cause: error,
      })
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      // SQLite does not say which reference failed; the store checks the usual ones before writing.
      return new ReferenceViolationError(undefined, { cause: error })
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new InvalidInputError(
        fieldOfSqliteConstraint(message.replace(/^.*failed: /, '')),
        { de: 'verletzt eine Bedingung der Datenbank.', en: 'violates a database constraint.' },
        { cause: error }
      )
    case 'SQLITE_CONSTRAINT_TRIGGER':
      if (message.includes('bauplan.version_immutable')) {
        return new ImmutableVersionError(undefined, { cause: error })
      }
      if (message.includes('bauplan.append_only'))
        return new AppendOnlyViolationError({ cause: error })
      return new StorageError({ cause: error })
    default:
      return new StorageError({ cause: error })
  }
}
