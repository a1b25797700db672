/**
 * Prüfung: for curators the versions waiting for review; for analysts their own submissions and
 * their outcome. The API has no "submissions by user" query, so these are read from the review
 * history of the most recently changed blocks of the user's organisations.
 */
import { useApi } from '../../lib/api/ApiContext'
import type { BlockOverview, SearchHit, User } from '../../lib/api/types'
import { VERSION_STATES } from '../../lib/api/types'
import { useBlockNames } from '../../lib/api/useBlockNames'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { Link } from '../../lib/router/Link'
import { analystOrganisations, isCurator, seesDrafts } from '../../lib/session/roles'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { reviewMessages } from './messages'
import { submissionsOf, type Submission } from './submissions'
import { TableWrap } from '../../lib/ui/TableWrap'

/** How many recently changed blocks are searched for the user's submissions. */
export const SUBMISSION_SCAN_LIMIT = 50

export function ReviewPage() {
  const t = useT(reviewMessages)
  const user = useUser()
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="muted">{t('intro')}</p>
      {!seesDrafts(user) ? <p>{t('nothingForRole')}</p> : null}
      {isCurator(user) ? <ReviewQueue /> : null}
      {analystOrganisations(user).length > 0 ? <MySubmissions user={user} /> : null}
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

function MySubmissions({ user }: { user: User }) {
  const t = useT(reviewMessages)
  const api = useApi()
  const orgs = analystOrganisations(user)
  const submissions = useResource(
    async (signal) => {
      const found = await api.search(
        {
          filters: { organisation: orgs },
          states: VERSION_STATES,
          sort: 'lastChange',
          limit: SUBMISSION_SCAN_LIMIT,
        },
        { signal }
      )
      const overviews: BlockOverview[] = await Promise.all(
        found.hits.map((hit) => api.getOverview(hit.blockId, undefined, { signal }))
      )
      return submissionsOf(user.id, overviews)
    },
    [api, user.id, orgs.join(',')]
  )
  return (
    <section className="panel" aria-labelledby="review-mine">
      <h2 id="review-mine">{t('mine')}</h2>
      <p className="field-hint">{t('mineScope', { count: SUBMISSION_SCAN_LIMIT })}</p>
      {submissions.error ? (
        <ErrorMessage error={submissions.error} onRetry={submissions.reload} />
      ) : null}
      {!submissions.data && !submissions.error ? <Loading /> : null}
      {submissions.data && submissions.data.length === 0 ? <p>{t('mineEmpty')}</p> : null}
      {submissions.data && submissions.data.length > 0 ? (
        <SubmissionTable submissions={submissions.data} />
      ) : null}
    </section>
  )
}

function SubmissionTable({ submissions }: { submissions: readonly Submission[] }) {
  const t = useT(reviewMessages)
  const { locale } = useLocale()
  const { reviewEvent } = useVocabulary()
  const nameOf = useBlockNames(submissions.map((s) => ({ blockId: s.blockId, version: s.version })))
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
            <tr key={`${s.blockId}@${s.version}@${s.submittedAt}`}>
              <td>
                <Link to={{ name: 'version', id: s.blockId, version: s.version }}>
                  {nameOf(s.blockId)}
                </Link>
              </td>
              <td>{s.version}</td>
              <td>{formatDateTime(s.submittedAt, locale)}</td>
              <td>
                {s.outcome === 'pending' ? t('pending') : reviewEvent(s.outcome)}
                {s.decidedAt ? (
                  <span className="muted"> ({formatDateTime(s.decidedAt, locale)})</span>
                ) : null}
              </td>
              <td>{s.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
