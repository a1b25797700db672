/** All versions the user may see, with state, who created them and every state change. */
import type { VersionSummary } from '../../lib/api/types'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { StateBadge } from '../../lib/ui/StateBadge'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { relationMessages } from './relationMessages'
import { TableWrap } from '../../lib/ui/TableWrap'

export function VersionHistory({
  blockId,
  versions,
  shown,
}: {
  blockId: string
  versions: readonly VersionSummary[]
  shown: string
}) {
  const t = useT(relationMessages)
  const { locale } = useLocale()
  const actor = useActorLabel()
  const { reviewEvent } = useVocabulary()
  return (
    <TableWrap label={t('versionTable')}>
      <table className="data">
        <caption>{t('versionTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('created')}</th>
            <th scope="col">{t('history')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} aria-current={v.version === shown ? 'true' : undefined}>
              <td>
                <Link to={{ name: 'version', id: blockId, version: v.version }}>{v.version}</Link>
                {v.version === shown ? <span className="muted"> {t('current')}</span> : null}
              </td>
              <td>
                <StateBadge state={v.state} />
              </td>
              <td>
                {t('whoWhen', {
                  who: actor(v.createdBy, v.createdByName),
                  when: formatDateTime(v.createdAt, locale),
                })}
              </td>
              <td>
                <ol className="event-list">
                  {v.history.map((event) => (
                    <li key={event.id}>
                      <strong>{reviewEvent(event.kind)}</strong>
                      {' – '}
                      {t('whoWhen', {
                        who: actor(event.actorId, event.actorName),
                        when: formatDateTime(event.at, locale),
                      })}
                      {event.reason ? (
                        <div className="event-reason">{t('reason', { reason: event.reason })}</div>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
