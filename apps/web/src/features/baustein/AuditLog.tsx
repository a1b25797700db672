/** The block's audit log, newest first, with "load older" paging (cursor from the server). */
import { useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { AuditEntry } from '../../lib/api/types'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { relationMessages } from './relationMessages'
import { TableWrap } from '../../lib/ui/TableWrap'

const PAGE = 20

export function AuditLog({ blockId, refresh }: { blockId: string; refresh: number }) {
  const t = useT(relationMessages)
  const { locale } = useLocale()
  const api = useApi()
  const actor = useActorLabel()
  const { auditAction } = useVocabulary()
  const [older, setOlder] = useState<{ items: AuditEntry[]; cursor: string | null }>({
    items: [],
    cursor: null,
  })
  const first = useResource(
    async (signal) => {
      const page = await api.getBlockAudit(blockId, { limit: PAGE }, { signal })
      setOlder({ items: [], cursor: page.nextCursor })
      return page
    },
    [api, blockId, refresh]
  )
  const [loadingMore, setLoadingMore] = useState<Error | boolean>(false)
  const loadMore = async () => {
    if (!older.cursor) return
    setLoadingMore(true)
    try {
      const page = await api.getBlockAudit(blockId, { limit: PAGE, cursor: older.cursor })
      setOlder((o) => ({ items: [...o.items, ...page.items], cursor: page.nextCursor }))
      setLoadingMore(false)
    } catch (error) {
      setLoadingMore(error as Error)
    }
  }

  if (first.error) return <ErrorMessage error={first.error} onRetry={first.reload} />
  if (!first.data) return <Loading />
  const entries = [...first.data.items, ...older.items]
  if (entries.length === 0) return <p>{t('auditEmpty')}</p>
  return (
    <>
      <TableWrap label={t('auditTable')}>
        <table className="data">
          <caption>{t('auditTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditWhen')}</th>
              <th scope="col">{t('auditWho')}</th>
              <th scope="col">{t('auditWhat')}</th>
              <th scope="col">{t('version')}</th>
              <th scope="col">{t('auditDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at, locale)}</td>
                <td title={entry.actorId ?? undefined}>{actor(entry.actorId, entry.actorName)}</td>
                <td>{auditAction(entry.action)}</td>
                <td>{entry.version ?? '–'}</td>
                <td className="audit-details">{detailsText(entry.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {loadingMore instanceof Error ? <ErrorMessage error={loadingMore} /> : null}
      {older.cursor ? (
        <button
          type="button"
          className="button-secondary"
          disabled={loadingMore === true}
          onClick={() => void loadMore()}
        >
          {t('auditMore')}
        </button>
      ) : null}
    </>
  )
}

/** Details as "key: value" pairs; nested values as compact JSON. */
function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ')
}
