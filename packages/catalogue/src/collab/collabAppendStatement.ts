import type { StoreContext } from '../core/context'
import { nowIso } from '../core/context'
import { versionLabel } from '../core/opsSupport'
import { toInt } from '../core/rowMappers'
import type { SqlRow } from '../core/sqlExecutor'
import { NotFoundError } from '../errors'
import type { VersionState } from '../model/vocabulary'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

/**
 * PostgreSQL: writes a group of appends with ONE statement, `collab_append_group` (migration 009),
 * which locks the documents, decides each append as `planCollabGroup` does, and stores the accepted
 * ones with their totals. Outside a transaction the statement is its own transaction: one round trip
 * per group instead of five (BEGIN, lock, totals, insert, COMMIT), and the documents' locks are held
 * only while the database itself works — not across four trips to the server and back, during which
 * the event loop may be busy with other sockets. Inside a store transaction it is one statement of
 * that transaction.
 *
 * Refusals come back as outcomes (the same error classes as on SQLite); a database failure throws,
 * and nothing of the group is stored.
 */
export async function appendCollabGroupInOneStatement(
  ctx: StoreContext,
  inputs: readonly NewCollabUpdate[]
): Promise<CollabAppendOutcome[]> {
  const described = inputs.map((input) => [
    input.blockId,
    input.version,
    input.update.byteLength,
    input.maxDocumentBytes,
  ])
  const rows = await ctx.ex.all(
    `SELECT append_index, outcome, document_state, append_seq, log_bytes, log_updates
     FROM collab_append_group(?::jsonb, ?, ?) ORDER BY append_index`,
    [JSON.stringify(described), concatenated(inputs), nowIso(ctx)]
  )
  return inputs.map((input, index) => outcomeOf(input, rows[index], index))
}

function outcomeOf(
  input: NewCollabUpdate,
  row: SqlRow | undefined,
  index: number
): CollabAppendOutcome {
  if (row === undefined || toInt(row.append_index) !== index) {
    return { ok: false, error: new TypeError(`collab_append_group returned no row for ${index}`) }
  }
  const label = versionLabel(input)
  switch (row.outcome) {
    case 'stored':
      return {
        ok: true,
        result: {
          seq: toInt(row.append_seq),
          storedBytes: toInt(row.log_bytes),
          storedUpdates: toInt(row.log_updates),
        },
      }
    case 'missing':
      return { ok: false, error: new NotFoundError('version', label) }
    case 'frozen':
      return {
        ok: false,
        error: new CollabDocumentFrozenError(label, String(row.document_state) as VersionState),
      }
    case 'too_large':
      return {
        ok: false,
        error: new CollabDocumentTooLargeError(
          label,
          toInt(row.log_bytes),
          input.update.byteLength,
          input.maxDocumentBytes
        ),
      }
    default:
      return {
        ok: false,
        error: new TypeError(`collab_append_group: unknown outcome ${String(row.outcome)}`),
      }
  }
}

/** The appends' bytes one after another, as the function reads them. */
function concatenated(inputs: readonly NewCollabUpdate[]): Uint8Array {
  const total = inputs.reduce((sum, input) => sum + input.update.byteLength, 0)
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const input of inputs) {
    bytes.set(input.update, offset)
    offset += input.update.byteLength
  }
  return bytes
}
