/**
 * Benachrichtigungen: the signed-in user's notifications from the server (GET
 * /api/benachrichtigungen) — submissions to review, decisions on their submissions, upstream changes
 * of their organisation's variants and updates of blocks it references — newest first, with a read
 * mark kept on the server per user. IT providers also see the latest publications.
 */
import { useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { NotificationFeed, NotificationItem } from '../../lib/api/types'
import { shortName } from '../../lib/api/useBlockNames'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { Link } from '../../lib/router/Link'
import { seesDrafts } from '../../lib/session/roles'
import { useUser } from '../../lib/session/SessionContext'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { notificationMessages } from './messages'
import './notifications.css'

export const NOTIFICATION_PAGE_SIZE = 30

export function NotificationsPage() {
  const t = useT(notificationMessages)
  const user = useUser()
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <NotificationList />
      {seesDrafts(user) ? null : <RecentlyPublished />}
    </>
  )
}

function NotificationList() {
  const t = useT(notificationMessages)
  const api = useApi()
  const first = useResource(
    (signal) => api.getNotifications({ limit: NOTIFICATION_PAGE_SIZE }, { signal }),
    [api]
  )
  // Later pages, appended by "load more"; a reload of the first page starts over.
  const [more, setMore] = useState<{ for: NotificationFeed; pages: NotificationFeed[] }>()
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<Error>()
  const feed = first.data
  const pages = feed && more?.for === feed ? more.pages : []
  const items = feed ? [feed, ...pages].flatMap((page) => page.items) : []
  const nextCursor = (pages.at(-1) ?? feed)?.nextCursor ?? null

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setActionError(undefined)
    try {
      await work()
    } catch (error) {
      setActionError(error instanceof Error ? error : new Error(String(error)))
    } finally {
      setBusy(false)
    }
  }
  const loadMore = () =>
    run(async () => {
      if (!feed || nextCursor === null) return
      const page = await api.getNotifications({ limit: NOTIFICATION_PAGE_SIZE, cursor: nextCursor })
      setMore({ for: feed, pages: [...pages, page] })
    })
  const markRead = () =>
    run(async () => {
      const newest = items[0]
      if (newest === undefined) return
      await api.markNotificationsRead(newest.id)
      first.reload()
    })

  return (
    <section aria-labelledby="notifications-feed">
      <h2 id="notifications-feed" className="visually-hidden">
        {t('list')}
      </h2>
      <p className="muted">{t('intro')}</p>
      {first.error ? <ErrorMessage error={first.error} onRetry={first.reload} /> : null}
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {!feed && !first.error ? <Loading /> : null}
      {feed && items.length > 0 ? (
        <div className="notifications-head">
          <p role="status">
            {feed.unread > 0 ? t('unreadCount', { count: feed.unread }) : t('noneUnread')}
          </p>
          {feed.unread > 0 ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => void markRead()}
              disabled={busy}
            >
              {t('markRead')}
            </button>
          ) : null}
        </div>
      ) : null}
      {feed && items.length === 0 ? <p>{t('empty')}</p> : null}
      {items.length > 0 ? (
        <ol className="notification-list" aria-label={t('list')}>
          {items.map((n) => (
            <NotificationEntry key={n.id} notification={n} />
          ))}
        </ol>
      ) : null}
      {nextCursor !== null ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => void loadMore()}
          disabled={busy}
        >
          {t('loadMore')}
        </button>
      ) : null}
    </section>
  )
}

function NotificationEntry({ notification: n }: { notification: NotificationItem }) {
  const t = useT(notificationMessages)
  const { locale } = useLocale()
  const actor = useActorLabel()
  const { auditAction } = useVocabulary()
  const blockName = n.blockName ?? shortName(n.blockId)
  const headline =
    n.kind === 'upstreamChanged'
      ? t('upstreamChanged', {
          origin: n.origin?.name ?? shortName(n.origin?.blockId ?? n.blockId),
          version: n.origin?.version ?? '–',
        })
      : n.kind === 'updateAvailable'
        ? t('updateAvailable')
        : auditAction(n.action)
  return (
    <li className={n.unread ? 'notification is-new' : 'notification'}>
      {n.unread ? <span className="notification-badge">{t('unread')}</span> : null}
      <span className="notification-kind">{t(KIND_LABEL[n.kind])}</span>
      <p>
        <strong>{headline}</strong>
        {': '}
        <Link
          to={
            n.version
              ? { name: 'version', id: n.blockId, version: n.version }
              : { name: 'baustein', id: n.blockId }
          }
          title={n.blockId}
        >
          {blockName}
          {n.version ? ` ${n.version}` : ''}
        </Link>{' '}
        <span className="muted">
          {t('by', { who: actor(n.actorId, n.actorName) })}, {formatDateTime(n.at, locale)}
        </span>
      </p>
      {n.text ? <p className="notification-text">{t('note', { text: n.text })}</p> : null}
    </li>
  )
}

const KIND_LABEL = {
  reviewRequested: 'kindReviewRequested',
  decision: 'kindDecision',
  upstreamChanged: 'kindUpstreamChanged',
  updateAvailable: 'kindUpdateAvailable',
} as const satisfies Record<NotificationItem['kind'], string>

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
    <section aria-labelledby="recently-published">
      <h2 id="recently-published">{t('publishedTitle')}</h2>
      <p className="muted">{t('publishedScope')}</p>
      {recent.error ? <ErrorMessage error={recent.error} onRetry={recent.reload} /> : null}
      {!recent.data && !recent.error ? <Loading /> : null}
      {recent.data && recent.data.hits.length === 0 ? <p>{t('empty')}</p> : null}
      {recent.data && recent.data.hits.length > 0 ? (
        <ol className="notification-list" aria-label={t('publishedTitle')}>
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
    </section>
  )
}
