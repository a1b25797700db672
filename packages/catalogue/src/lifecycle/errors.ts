import type { LocalizedText, Problem } from '@bauplan/domain'
import {
  CatalogueError,
  ImmutableVersionError,
  InvalidInputError,
  NotFoundError,
  ReferenceViolationError,
  UniqueViolationError,
} from '../errors'
import type { VersionState } from '../model/vocabulary'

// The errors of the lifecycle service. Each carries its HTTP status so the server maps them without a
// lookup table of its own, and a bilingual Problem a user can act on.

function problem(code: string, message: LocalizedText, pointer?: string): Problem {
  return pointer === undefined
    ? { code, severity: 'error', message }
    : { code, severity: 'error', message, pointer }
}

/** The actor may not do this. The message says who may. → 403 */
export class ForbiddenError extends CatalogueError {
  readonly status = 403

  constructor(code: string, reason: LocalizedText) {
    super(problem(code, reason))
  }
}

/** The version is not in the state the operation needs (or changed meanwhile). → 409 */
export class StateConflictError extends CatalogueError {
  readonly status = 409

  constructor(
    readonly current: VersionState | 'none',
    readonly expected: readonly VersionState[],
    message: LocalizedText,
    code = 'lifecycle.wrongState'
  ) {
    super(problem(code, message))
  }
}

/** A change was made on a revision that is no longer the current one (optimistic concurrency). → 409 */
export class RevisionConflictError extends CatalogueError {
  readonly status = 409

  constructor(code: string, message: LocalizedText) {
    super(problem(code, message))
  }
}

/** The content does not pass the checks; `problems` lists every finding (errors and warnings). → 422 */
export class ValidationError extends CatalogueError {
  readonly status = 422

  constructor(
    readonly problems: readonly Problem[],
    summary?: LocalizedText
  ) {
    const errors = problems.filter((p) => p.severity === 'error')
    const first = errors[0] ?? problems[0]
    super(
      problem(
        'lifecycle.invalid',
        summary ?? {
          de: `${errors.length} Fehler verhindern die Aktion${first ? `; zuerst: ${first.message.de}` : '.'}`,
          en: `${errors.length} error(s) prevent this action${first ? `; first: ${first.message.en}` : '.'}`,
        },
        first?.pointer
      )
    )
  }
}

/**
 * The HTTP status for any error the service (or the store beneath it) throws; 500 for anything
 * unexpected. A duplicate, a frozen version or a record still in use is a conflict with what exists;
 * bad input to the store is unprocessable.
 */
export function httpStatusOf(error: unknown): number {
  if (
    error instanceof ForbiddenError ||
    error instanceof StateConflictError ||
    error instanceof RevisionConflictError ||
    error instanceof ValidationError
  ) {
    return error.status
  }
  if (error instanceof NotFoundError) return 404
  if (
    error instanceof UniqueViolationError ||
    error instanceof ImmutableVersionError ||
    error instanceof ReferenceViolationError
  ) {
    return 409
  }
  if (error instanceof InvalidInputError) return 422
  return 500
}
