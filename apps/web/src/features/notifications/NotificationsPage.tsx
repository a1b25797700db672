/**
 * Benachrichtigungen. The server offers no notification feed, so this page derives one: from the
 * audit logs of the user's organisations' most recently changed blocks (plus, for curators, the
 * blocks in review). IT providers, who may not read audit logs, get the latest publications.
 * "Read" is remembered per user in this browser.
 */
import { useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { BauplanApi } from '../../lib/api/bauplanApi'
import { VERSION_STATES, type AuditEntry, type SearchHit, type User } from '../../lib/api/types'
import { useBlockNames } from '../../lib/api/useBlockNames'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { Link } from '../../lib/router/Link'
import { isCurator, seesDrafts } from '../../lib/session/roles'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import {
  deriveNotifications,
  readLastSeen,
  writeLastSeen,
  type Notification,
} from './deriveNotifications'
import { notificationMessages } from './messages'
import './notifications.css'

/** Blocks whose audit logs are read. */
export const NOTIFICATION_BLOCK_LIMIT = 20
const ENTRIES_PER_BLOCK = 20

export function NotificationsPage() {
  const t = useT(notificationMessages)
  const user = useUser()
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      {seesDrafts(user) ? <AuditNotifications user={user} /> : <RecentlyPublished />}
    </>
  )
}

/** The raw material: audit entries of the relevant blocks and who owns each block. */
async function loadAuditEntries(
  api: BauplanApi,
  user: User,
  signal: AbortSignal
): Promise<{ entries: AuditEntry[]; ownerOf: Map<string, string> }> {
  const orgs = [...new Set(user.memberships.map((m) => m.organisationId))]
  const searches = [
    api.search(
      {
        filters: { organisation: orgs },
        states: VERSION_STATES,
        sort: 'lastChange',
        limit: NOTIFICATION_BLOCK_LIMIT,
      },
      { signal }
    ),
  ]
  if (isCurator(user)) {
    searches.push(
      api.search(
        { states: ['in_pruefung'], sort: 'lastChange', limit: NOTIFICATION_BLOCK_LIMIT },
        { signal }
      )
    )
  }
  const hits: SearchHit[] = (await Promise.all(searches)).flatMap((r) => r.hits)
  const ownerOf = new Map(hits.map((hit) => [hit.blockId, hit.organisationId]))
  const pages = await Promise.all(
    [...ownerOf.keys()].map((id) => api.getBlockAudit(id, { limit: ENTRIES_PER_BLOCK }, { signal }))
  )
  return { entries: pages.flatMap((page) => page.items), ownerOf }
}

function AuditNotifications({ user }: { user: User }) {
  const t = useT(notificationMessages)
  const { locale } = useLocale()
  const api = useApi()
  const { organisations } = useSession()
  const actor = useActorLabel()
  const { auditAction } = useVocabulary()
  const [lastSeen, setLastSeen] = useState(() => readLastSeen(user.id))
  const notifications = useResource((signal) => loadAuditEntries(api, user, signal), [api, user.id])
  // Derived at render time: organisation kinds (coordination bodies) arrive after the session.
  const items = notifications.data
    ? deriveNotifications(
        notifications.data.entries,
        user,
        notifications.data.ownerOf,
        organisations
      )
    : []
  const nameOf = useBlockNames(items.map((n) => ({ blockId: n.blockId, version: n.version })))
  const isNew = (n: Notification) => lastSeen === null || n.at > lastSeen
  const unread = items.filter(isNew).length
  const markRead = () => {
    const newest = items[0]?.at ?? new Date().toISOString()
    writeLastSeen(user.id, newest)
    setLastSeen(newest)
  }
  return (
    <>
      <p className="muted">{t('intro')}</p>
      <p className="field-hint">{t('scope', { count: NOTIFICATION_BLOCK_LIMIT })}</p>
      {notifications.error ? (
        <ErrorMessage error={notifications.error} onRetry={notifications.reload} />
      ) : null}
      {!notifications.data && !notifications.error ? <Loading /> : null}
      {notifications.data && items.length > 0 ? (
        <div className="notifications-head">
          <p role="status">{unread > 0 ? t('unreadCount', { count: unread }) : t('noneUnread')}</p>
          {unread > 0 ? (
            <button type="button" className="button-secondary" onClick={markRead}>
              {t('markRead')}
            </button>
          ) : null}
        </div>
      ) : null}
      {notifications.data && items.length === 0 ? <p>{t('empty')}</p> : null}
      {items.length > 0 ? (
        <ol className="notification-list" aria-label={t('list')}>
          {items.map((n) => (
            <li key={n.id} className={isNew(n) ? 'notification is-new' : 'notification'}>
              {isNew(n) ? <span className="notification-badge">{t('unread')}</span> : null}
              <p>
                <strong>{auditAction(n.action)}</strong>
                {': '}
                <Link
                  to={
                    n.version
                      ? { name: 'version', id: n.blockId, version: n.version }
                      : { name: 'baustein', id: n.blockId }
                  }
                >
                  {nameOf(n.blockId)}
                  {n.version ? ` ${n.version}` : ''}
                </Link>{' '}
                <span className="muted">
                  {t('by', { who: actor(n.actorId) })}, {formatDateTime(n.at, locale)}
                </span>
              </p>
              {n.text ? <p className="notification-text">{t('note', { text: n.text })}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  )
}

function RecentlyPublished() {
  const t = useT(notificationMessages)
  const { locale } = useLocale()
  const api = useApi()
  const recent = useResource(
    (signal) =>
      api.search({ states: ['veroeffentlicht'], sort: 'lastChange', limit: 20 }, { signal }),
    [api]
  )
  return (
    <>
      <p className="muted">{t('publishedScope')}</p>
      {recent.error ? <ErrorMessage error={recent.error} onRetry={recent.reload} /> : null}
      {!recent.data && !recent.error ? <Loading /> : null}
      {recent.data && recent.data.hits.length === 0 ? <p>{t('empty')}</p> : null}
      {recent.data && recent.data.hits.length > 0 ? (
        <ol className="notification-list" aria-label={t('list')}>
          {recent.data.hits.map((hit) => (
            <li key={hit.blockId} className="notification">
              <p>
                <Link to={{ name: 'version', id: hit.blockId, version: hit.version }}>
                  {t('published', { version: hit.version, name: hit.name })}
                </Link>{' '}
                <span className="muted">{formatDateTime(hit.updatedAt, locale)}</span>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  )
}
