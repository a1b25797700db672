import { InvalidInputError } from '../errors'
import type { CursorPage } from '../model/paging'
import type { StoreContext } from '../core/context'
import { auditEntryOf, reviewEventOf, toInt } from '../core/rowMappers'
import type { SqlValue } from '../core/sqlExecutor'
import { pageLimit } from '../core/validation'
import type { VersionState } from '../model/vocabulary'
import type {
  NotificationEntry,
  NotificationEntryQuery,
  NotificationKind,
  SubmissionEvent,
} from './notificationTypes'

/** Cursors are opaque to callers; inside they are the audit id of the last entry seen. */
function encodeCursor(id: number): string {
  return Buffer.from(`notification:${id}`, 'utf8').toString('base64url')
}

function decodeCursor(cursor: string): number {
  const match = /^notification:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) {
    throw new InvalidInputError('cursor', {
      de: 'ist kein gültiger Cursor; verwenden Sie nextCursor der vorigen Seite.',
      en: 'is not a valid cursor; pass the nextCursor of the previous page.',
    })
  }
  return Number(match[1])
}

/** `IN (?, ?)` for a list; `IN (NULL)` (never true) for an empty one, which SQL cannot write. */
function inList(values: readonly string[], params: SqlValue[]): string {
  if (values.length === 0) return 'IN (NULL)'
  params.push(...values)
  return `IN (${values.map(() => '?').join(', ')})`
}

/**
 * The entries that concern the reader, as one query over the audit log, newest first. Each entry gets
 * the first kind that applies (a publication the reader submitted is a `decision`, not also an
 * `updateAvailable`). The reader's own actions are left out. An update counts only for references
 * from versions that existed when it was published.
 */
function notificationSql(query: NotificationEntryQuery, params: SqlValue[]): string {
  const curated = query.curatesAll
    ? '1 = 1'
    : `b.organisation_id ${inList(query.curatorOrganisationIds, params)}`
  params.push(query.userId)
  const ownVariant = `b.organisation_id ${inList(query.memberOrganisationIds, params)}`
  const referencing = `rb.organisation_id ${inList(query.memberOrganisationIds, params)}`
  return `SELECT a.id, a.at, a.actor_id, a.action, a.block_id, a.version, a.details,
      CASE
        WHEN a.action = 'version.submitted' AND ${curated} THEN 'reviewRequested'
        WHEN a.action IN ('version.published', 'version.rejected') AND EXISTS (
          SELECT 1 FROM version_review_events s
          WHERE s.block_id = a.block_id AND s.version = a.version
            AND s.kind = 'eingereicht' AND s.actor_id = ?) THEN 'decision'
        WHEN a.action = 'variant.upstreamChanged' AND ${ownVariant} THEN 'upstreamChanged'
        WHEN a.action = 'version.published' AND EXISTS (
          SELECT 1 FROM version_references r
          JOIN blocks rb ON rb.id = r.block_id
          JOIN block_versions rv ON rv.block_id = r.block_id AND rv.version = r.version
          WHERE r.target_block_id = a.block_id AND r.block_id <> a.block_id
            AND rv.created_at <= a.at AND ${referencing}) THEN 'updateAvailable'
      END AS kind
    FROM audit_log a JOIN blocks b ON b.id = a.block_id`
}

export function notificationOps(ctx: StoreContext) {
  return {
    async listNotificationEntries(
      query: NotificationEntryQuery
    ): Promise<CursorPage<NotificationEntry>> {
      const limit = pageLimit(query.limit)
      const params: SqlValue[] = []
      const inner = notificationSql(query, params)
      const conditions = ['(a.actor_id IS NULL OR a.actor_id <> ?)']
      params.push(query.userId)
      if (query.cursor !== undefined) {
        conditions.push('a.id < ?')
        params.push(decodeCursor(query.cursor))
      }
      if (query.afterId !== undefined) {
        conditions.push('a.id > ?')
        params.push(query.afterId)
      }
      // One row more than asked tells whether there is a next page without counting.
      const rows = await ctx.ex.all(
        `SELECT * FROM (${inner} WHERE ${conditions.join(' AND ')}) n
         WHERE n.kind IS NOT NULL ORDER BY n.id DESC LIMIT ?`,
        [...params, limit + 1]
      )
      const items = rows
        .slice(0, limit)
        .map((row) => ({ ...auditEntryOf(row), kind: String(row.kind) as NotificationKind }))
      const last = items.at(-1)
      return {
        items,
        nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last.id) : null,
      }
    },

    /** How many entries concerning the reader have an id above `afterId` (at most `cap`). */
    async countNotificationEntries(
      query: NotificationEntryQuery & { afterId: number },
      cap = 100
    ): Promise<number> {
      const params: SqlValue[] = []
      const inner = notificationSql(query, params)
      params.push(query.userId, query.afterId)
      const rows = await ctx.ex.all(
        `SELECT COUNT(*) AS n FROM (
           SELECT * FROM (${inner} WHERE (a.actor_id IS NULL OR a.actor_id <> ?) AND a.id > ?) n
           WHERE n.kind IS NOT NULL ORDER BY n.id DESC LIMIT ?) capped`,
        [...params, cap]
      )
      return toInt(rows[0]?.n ?? 0)
    },

    /**
     * Every review event of the versions `userId` submitted (at least once), oldest first, with each
     * version's state today; versions deleted since (renumbered drafts) are left out.
     */
    async listSubmissionEvents(userId: string): Promise<SubmissionEvent[]> {
      const rows = await ctx.ex.all(
        `SELECT e.id, e.block_id, e.version, e.kind, e.from_state, e.to_state, e.reason,
                e.actor_id, e.at, v.state AS current_state
         FROM version_review_events e
         JOIN block_versions v ON v.block_id = e.block_id AND v.version = e.version
         WHERE EXISTS (
           SELECT 1 FROM version_review_events s
           WHERE s.block_id = e.block_id AND s.version = e.version
             AND s.kind = 'eingereicht' AND s.actor_id = ?)
         ORDER BY e.id`,
        [userId]
      )
      return rows.map((row) => ({
        ...reviewEventOf(row),
        currentState: String(row.current_state) as VersionState,
      }))
    },
  }
}
