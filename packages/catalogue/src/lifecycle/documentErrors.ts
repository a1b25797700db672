import type { LocalizedText } from '@bauplan/domain'
import { CatalogueError } from '../errors'

/**
 * A change that a draft with a shared document cannot take (renumbering it, a file list the
 * document refuses). The message says what to do instead. → 409
 */
export class DraftDocumentConflictError extends CatalogueError {
  readonly status = 409

  constructor(code: string, message: LocalizedText) {
    super({ code, severity: 'error', message })
  }
}

/**
 * The document's log grew between deriving the files and locking the version row. Never leaves the
 * service: the operation's transaction is rolled back and the operation runs again on the new log.
 */
export class DocumentMovedOnError extends Error {
  constructor(label: string) {
    super(`the shared document of ${label} changed while its files were being stored`)
  }
}

/** How often an operation is retried while editors keep appending to the document. */
const ATTEMPTS = 5

/**
 * Runs `operation` (one transaction) again while it reports that the document moved on. Each
 * retry sees every update stored before it, so this ends as soon as a window between two
 * appends is long enough for one derivation.
 */
export async function retryWhileDocumentMoves<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (!(error instanceof DocumentMovedOnError) || attempt >= ATTEMPTS) throw error
    }
  }
}

export function renumberRefused(label: string, target: string): DraftDocumentConflictError {
  return new DraftDocumentConflictError('lifecycle.documentRenumber', {
    de: `${label} wird gemeinsam bearbeitet (es gibt ein gemeinsames Dokument); seine Versionsnummer kann sich deshalb nicht auf ${target} ändern. Setzen Sie „version“ in baustein.json wieder auf die Nummer des Entwurfs. Eine andere Nummer bekommt die nächste Fassung: nach dem Einreichen einen neuen Entwurf anlegen.`,
    en: `${label} is being edited together (it has a shared document), so its version number cannot change to ${target}. Set "version" in baustein.json back to the draft's number. A different number goes to the next revision: create a new draft after submitting this one.`,
  })
}
