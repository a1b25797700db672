import { InvalidInputError } from '../errors'
import type { AuditQuery, NewAuditEntry } from '../model/inputs'
import type { CursorPage } from '../model/paging'
import type { AuditEntry } from '../model/records'
import { nowIso, type StoreContext } from './context'
import { firstRow, requireActor, requireRow } from './opsSupport'
import { auditEntryOf, toInt } from './rowMappers'
import type { SqlValue } from './sqlExecutor'
import { pageLimit, requireJsonObject, requireText } from './validation'

const COLUMNS = 'id, at, actor_id, action, block_id, version, details'

/** Cursors are opaque to callers; inside they are the id of the last entry seen. */
function encodeCursor(id: number): string {
  return Buffer.from(`audit:${id}`, 'utf8').toString('base64url')
}

function decodeCursor(cursor: string): number {
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) {
    throw new InvalidInputError('cursor', {
      de: 'ist kein gültiger Cursor; verwenden Sie nextCursor der vorigen Seite.',
      en: 'is not a valid cursor; pass the nextCursor of the previous page.',
    })
  }
  return Number(match[1])
}

export function auditOps(ctx: StoreContext) {
  return {
    async appendAudit(entry: NewAuditEntry): Promise<AuditEntry> {
      const action = requireText(entry.action, 'action', 100)
      const details = requireJsonObject(entry.details ?? {}, 'details')
      const at = nowIso(ctx)
      return ctx.ex.atomic(async (ex) => {
        await requireActor(ex, entry.actorId)
        if (entry.blockId !== undefined && entry.blockId !== null) {
          await requireRow(ex, 'blocks', 'id', entry.blockId, 'block')
        }
        const row = await firstRow(
          ex,
          `INSERT INTO audit_log (at, actor_id, action, block_id, version, details)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
          [
            at,
            entry.actorId ?? null,
            action,
            entry.blockId ?? null,
            entry.version ?? null,
            JSON.stringify(details),
          ]
        )
        return {
          id: toInt(row?.id),
          at,
          actorId: entry.actorId ?? null,
          action,
          blockId: entry.blockId ?? null,
          version: entry.version ?? null,
          details,
        }
      })
    },

    async listAudit(query: AuditQuery = {}): Promise<CursorPage<AuditEntry>> {
      const limit = pageLimit(query.limit)
      const descending = (query.order ?? 'desc') === 'desc'
      const conditions: string[] = []
      const params: SqlValue[] = []
      if (query.blockId !== undefined) {
        conditions.push('block_id = ?')
        params.push(query.blockId)
      }
      if (query.cursor !== undefined) {
        conditions.push(descending ? 'id < ?' : 'id > ?')
        params.push(decodeCursor(query.cursor))
      }
      const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`
      // One row more than asked tells whether there is a next page without counting.
      const rows = await ctx.ex.all(
        `SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY id ${descending ? 'DESC' : 'ASC'} LIMIT ?`,
        [...params, limit + 1]
      )
      const items = rows.slice(0, limit).map(auditEntryOf)
      const last = items.at(-1)
      return {
        items,
        nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last.id) : null,
      }
    },
  }
}
