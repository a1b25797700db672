/**
 * Prüfung: for curators the versions waiting for review; for analysts their own submissions with
 * state and outcome (GET /api/benachrichtigungen/einreichungen: who decided, when and why).
 */
import { useApi } from '../../lib/api/ApiContext'
import type { MySubmission, SearchHit, SubmissionStatus } from '../../lib/api/types'
import { shortName } from '../../lib/api/useBlockNames'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { Link } from '../../lib/router/Link'
import { analystOrganisations, isCurator, seesDrafts } from '../../lib/session/roles'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { StateBadge } from '../../lib/ui/StateBadge'
import { reviewMessages } from './messages'
import { TableWrap } from '../../lib/ui/TableWrap'

export function ReviewPage() {
  const t = useT(reviewMessages)
  const user = useUser()
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="muted">{t('intro')}</p>
      {!seesDrafts(user) ? <p>{t('nothingForRole')}</p> : null}
      {isCurator(user) ? <ReviewQueue /> : null}
      {analystOrganisations(user).length > 0 ? <MySubmissions /> : null}
    </>
  )
}

function ReviewQueue() {
  const t = useT(reviewMessages)
  const { locale } = useLocale()
  const api = useApi()
  const { organisations } = useSession()
  const queue = useResource(
    (signal) => api.search({ states: ['in_pruefung'], sort: 'lastChange', limit: 100 }, { signal }),
    [api]
  )
  return (
    <section className="panel" aria-labelledby="review-queue">
      <h2 id="review-queue">{t('queue')}</h2>
      {queue.error ? <ErrorMessage error={queue.error} onRetry={queue.reload} /> : null}
      {!queue.data && !queue.error ? <Loading /> : null}
      {queue.data && queue.data.hits.length === 0 ? <p>{t('queueEmpty')}</p> : null}
      {queue.data && queue.data.hits.length > 0 ? (
        <TableWrap label={t('queueCaption')}>
          <table className="data">
            <caption>{t('queueCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('block')}</th>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('organisation')}</th>
                <th scope="col">{t('submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.hits.map((hit: SearchHit) => (
                <tr key={hit.blockId}>
                  <td>
                    <Link to={{ name: 'version', id: hit.blockId, version: hit.version }}>
                      {hit.name}
                    </Link>
                  </td>
                  <td>{hit.version}</td>
                  <td>{organisations.get(hit.organisationId)?.name ?? hit.organisationId}</td>
                  <td>{formatDateTime(hit.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  )
}

function MySubmissions() {
  const t = useT(reviewMessages)
  const api = useApi()
  const submissions = useResource((signal) => api.getMySubmissions({ signal }), [api])
  return (
    <section className="panel" aria-labelledby="review-mine">
      <h2 id="review-mine">{t('mine')}</h2>
      {submissions.error ? (
        <ErrorMessage error={submissions.error} onRetry={submissions.reload} />
      ) : null}
      {!submissions.data && !submissions.error ? <Loading /> : null}
      {submissions.data && submissions.data.items.length === 0 ? <p>{t('mineEmpty')}</p> : null}
      {submissions.data && submissions.data.items.length > 0 ? (
        <SubmissionTable submissions={submissions.data.items} />
      ) : null}
    </section>
  )
}

function SubmissionTable({ submissions }: { submissions: readonly MySubmission[] }) {
  const t = useT(reviewMessages)
  const { locale } = useLocale()
  const actor = useActorLabel()
  return (
    <TableWrap label={t('mineCaption')}>
      <table className="data">
        <caption>{t('mineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('block')}</th>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('submittedAt')}</th>
            <th scope="col">{t('outcome')}</th>
            <th scope="col">{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => (
            <tr key={`${s.blockId}@${s.version}`}>
              <td>
                <Link to={{ name: 'version', id: s.blockId, version: s.version }} title={s.blockId}>
                  {s.blockName ?? shortName(s.blockId)}
                </Link>
              </td>
              <td>{s.version}</td>
              <td>
                {formatDateTime(s.submittedAt, locale)}
                {s.note ? <div className="muted">{t('note', { note: s.note })}</div> : null}
              </td>
              <td>
                <StateBadge state={s.state} /> {t(STATUS_MESSAGE[s.status])}
                {s.decision ? (
                  <div className="muted">
                    {t('decidedBy', {
                      who: actor(s.decision.actorId, s.decision.actorName),
                      when: formatDateTime(s.decision.at, locale),
                    })}
                  </div>
                ) : null}
              </td>
              <td>{s.decision?.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

const STATUS_MESSAGE = {
  inReview: 'pending',
  published: 'statusPublished',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
  deprecated: 'statusDeprecated',
} as const satisfies Record<SubmissionStatus, string>
