import type { AuditEntry } from '../model/records'
import type { CursorPage } from '../model/paging'
import type { Actor } from './actor'
import { ForbiddenError } from './errors'
import { requireBlock } from './operationSupport'
import { requireAdmin, requireReader, seesDrafts } from './rights'
import type { ServiceContext } from './serviceContext'

/** An audit entry with the display names of who did it and of the block it concerns. */
export interface AuditEntryView extends AuditEntry {
  actorName: string | null
  blockName: string | null
}

export interface AuditListQuery {
  /** Entries of one block; without it, the whole log (admins only). */
  blockId?: string
  order?: 'asc' | 'desc'
  limit?: number
  cursor?: string
}

/**
 * The audit log of a block for everyone who may see its drafts (the log tells of drafts and reviews,
 * so IT providers, who see only published versions, do not get it); the whole log for admins.
 */
export async function listAudit(
  ctx: ServiceContext,
  actor: Actor,
  query: AuditListQuery
): Promise<CursorPage<AuditEntryView>> {
  const paging = {
    ...(query.order !== undefined ? { order: query.order } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
  }
  if (query.blockId === undefined) {
    requireAdmin(actor, { de: 'Gesamtes Protokoll lesen', en: 'Read the whole audit log' })
    return withNames(ctx, await ctx.store.listAudit(paging))
  }
  requireReader(actor)
  if (!seesDrafts(actor)) {
    throw new ForbiddenError('lifecycle.forbidden.audit', {
      de: 'Protokoll eines Bausteins lesen: Das dürfen Modellierer, Kuratoren und Administratoren.',
      en: "Read a block's audit log: analysts, curators and administrators may do this.",
    })
  }
  await requireBlock(ctx.store, query.blockId)
  return withNames(ctx, await ctx.store.listAudit({ ...paging, blockId: query.blockId }))
}

/** Names for a page of entries: one look-up of users and one of blocks, not one per entry. */
async function withNames(
  ctx: ServiceContext,
  page: CursorPage<AuditEntry>
): Promise<CursorPage<AuditEntryView>> {
  const names = await ctx.store.lookupNames({
    userIds: page.items.flatMap((e) => (e.actorId === null ? [] : [e.actorId])),
    blockIds: page.items.flatMap((e) => (e.blockId === null ? [] : [e.blockId])),
  })
  return {
    ...page,
    items: page.items.map((entry) => ({
      ...entry,
      actorName: entry.actorId === null ? null : (names.users[entry.actorId] ?? null),
      blockName: entry.blockId === null ? null : (names.blocks[entry.blockId] ?? null),
    })),
  }
}
