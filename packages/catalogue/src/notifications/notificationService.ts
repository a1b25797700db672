import { isSystemActor, type Actor } from '../lifecycle/actor'
import { ForbiddenError } from '../lifecycle/errors'
import { requireReader } from '../lifecycle/rights'
import { InvalidInputError } from '../errors'
import type { CatalogueStore } from '../store'
import { submissionsOf } from './submissions'
import type { NotificationEntry, NotificationEntryQuery } from './notificationTypes'
import {
  UNREAD_COUNT_CAP,
  type NotificationFeed,
  type NotificationView,
  type SubmissionView,
} from './notificationViews'

export interface NotificationFeedQuery {
  limit?: number
  cursor?: string
}

/** The in-app notifications and "my submissions" of the signed-in user, from the store's audit log. */
export interface NotificationService {
  listNotifications(actor: Actor, query?: NotificationFeedQuery): Promise<NotificationFeed>
  /** Marks every notification up to audit id `upTo` as read; never moves the mark back. */
  markNotificationsRead(actor: Actor, upTo: number): Promise<{ readUpTo: number }>
  listMySubmissions(actor: Actor): Promise<{ items: SubmissionView[] }>
}

const readMarkKey = (userId: string) => `notifications.readUpTo.${userId}`

function requireUser(actor: Actor): string {
  requireReader(actor)
  if (isSystemActor(actor) || actor.userId === null) {
    throw new ForbiddenError('notifications.forbidden.system', {
      de: 'Benachrichtigungen lesen: Das geht nur für angemeldete Benutzer.',
      en: 'Read notifications: only signed-in users have notifications.',
    })
  }
  return actor.userId
}

async function entryQuery(
  store: CatalogueStore,
  actor: Actor,
  userId: string
): Promise<NotificationEntryQuery> {
  const curatorOrganisationIds = actor.memberships
    .filter((m) => m.role === 'kurator')
    .map((m) => m.organisationId)
  let curatesAll = false
  for (const id of curatorOrganisationIds) {
    // Curators of a coordination body review every organisation's submissions (lifecycle/rights.ts).
    if ((await store.getOrganisation(id))?.kind === 'koordinierungsstelle') curatesAll = true
  }
  return {
    userId,
    memberOrganisationIds: [...new Set(actor.memberships.map((m) => m.organisationId))],
    curatorOrganisationIds,
    curatesAll,
  }
}

function textOf(details: Record<string, unknown>): string | null {
  for (const key of ['reason', 'note', 'comment']) {
    const value = details[key]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

async function readMark(store: CatalogueStore, userId: string): Promise<number> {
  const stored = Number(await store.getMeta(readMarkKey(userId)))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : 0
}

export function createNotificationService(store: CatalogueStore): NotificationService {
  return {
    async listNotifications(actor, query = {}) {
      const userId = requireUser(actor)
      const base = await entryQuery(store, actor, userId)
      const page = await store.listNotificationEntries({
        ...base,
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
      })
      const readUpTo = await readMark(store, userId)
      const unread = await store.countNotificationEntries(
        { ...base, afterId: readUpTo },
        UNREAD_COUNT_CAP
      )
      const origins = page.items.map((e) =>
        e.kind === 'upstreamChanged' ? stringOf(e.details.originId) : null
      )
      const names = await store.lookupNames({
        userIds: page.items.flatMap((e) => (e.actorId === null ? [] : [e.actorId])),
        blockIds: [
          ...page.items.flatMap((e) => (e.blockId === null ? [] : [e.blockId])),
          ...origins.filter((id): id is string => id !== null),
        ],
      })
      const view = (entry: NotificationEntry, originId: string | null): NotificationView => ({
        id: entry.id,
        at: entry.at,
        kind: entry.kind,
        action: entry.action,
        blockId: entry.blockId ?? '',
        blockName: entry.blockId === null ? null : (names.blocks[entry.blockId] ?? null),
        version: entry.version,
        actorId: entry.actorId,
        actorName: entry.actorId === null ? null : (names.users[entry.actorId] ?? null),
        text: textOf(entry.details),
        origin:
          originId === null
            ? null
            : {
                blockId: originId,
                name: names.blocks[originId] ?? null,
                version: stringOf(entry.details.originVersion),
              },
        unread: entry.id > readUpTo,
      })
      return {
        items: page.items.map((entry, index) => view(entry, origins[index] ?? null)),
        nextCursor: page.nextCursor,
        readUpTo,
        unread,
      }
    },

    async markNotificationsRead(actor, upTo) {
      const userId = requireUser(actor)
      if (!Number.isSafeInteger(upTo) || upTo < 0) {
        throw new InvalidInputError('upTo', {
          de: 'muss die id einer Benachrichtigung sein (ganze Zahl ab 0).',
          en: 'must be the id of a notification (a whole number from 0).',
        })
      }
      return store.transaction(async (tx) => {
        const current = await readMark(tx, userId)
        const readUpTo = Math.max(current, upTo)
        if (readUpTo !== current) await tx.setMeta(readMarkKey(userId), String(readUpTo))
        return { readUpTo }
      })
    },

    async listMySubmissions(actor) {
      const userId = requireUser(actor)
      return { items: await submissionsOf(store, userId) }
    },
  }
}
