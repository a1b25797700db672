import type { Problem } from '@bauplan/domain'
import { CatalogueError, NotFoundError, StorageError, type CatalogueEntity } from '../errors'
import type { VersionState } from '../model/vocabulary'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import type { CollabAppendOutcome } from './collabRecords'

/**
 * Append outcomes as plain data, to cross a thread boundary (the SQLite append thread,
 * sqliteAppendThread.ts): structured cloning keeps an Error's message but not its class or fields,
 * and callers tell a frozen document from a too-large update by class. The refusals an append group
 * produces are rebuilt as the same classes with the same fields; any other store error keeps its
 * problem (code and both languages); anything else becomes a StorageError with its message.
 */
export type TransferredError =
  | { kind: 'notFound'; entity: CatalogueEntity; key: string }
  | { kind: 'frozen'; label: string; state: VersionState }
  | {
      kind: 'tooLarge'
      label: string
      storedBytes: number
      updateBytes: number
      maxDocumentBytes: number
    }
  | { kind: 'catalogue'; problem: Problem }
  | { kind: 'other'; message: string }

export type TransferredOutcome =
  | { ok: true; result: { seq: number; storedBytes: number; storedUpdates: number } }
  | { ok: false; error: TransferredError }

export function errorToTransfer(error: unknown): TransferredError {
  if (error instanceof NotFoundError) {
    return { kind: 'notFound', entity: error.entity, key: error.key }
  }
  if (error instanceof CollabDocumentFrozenError) {
    return { kind: 'frozen', label: error.label, state: error.state }
  }
  if (error instanceof CollabDocumentTooLargeError) {
    const { label, storedBytes, updateBytes, maxDocumentBytes } = error
    return { kind: 'tooLarge', label, storedBytes, updateBytes, maxDocumentBytes }
  }
  if (error instanceof CatalogueError) return { kind: 'catalogue', problem: error.problem }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) }
}

export function errorFromTransfer(error: TransferredError): Error {
  switch (error.kind) {
    case 'notFound':
      return new NotFoundError(error.entity, error.key)
    case 'frozen':
      return new CollabDocumentFrozenError(error.label, error.state)
    case 'tooLarge':
      return new CollabDocumentTooLargeError(
        error.label,
        error.storedBytes,
        error.updateBytes,
        error.maxDocumentBytes
      )
    case 'catalogue':
      return new CatalogueError(error.problem)
    case 'other':
      return new StorageError({ cause: new Error(error.message) })
  }
}

export function outcomesToTransfer(outcomes: readonly CollabAppendOutcome[]): TransferredOutcome[] {
  return outcomes.map((outcome) =>
    outcome.ok
      ? {
          ok: true,
          result: {
            seq: outcome.result.seq,
            storedBytes: outcome.result.storedBytes,
            storedUpdates: outcome.result.storedUpdates,
          },
        }
      : { ok: false, error: errorToTransfer(outcome.error) }
  )
}

export function outcomesFromTransfer(
  outcomes: readonly TransferredOutcome[]
): CollabAppendOutcome[] {
  return outcomes.map((outcome) =>
    outcome.ok ? outcome : { ok: false, error: errorFromTransfer(outcome.error) }
  )
}
