/**
 * /bausteine/:id/diff?von=&bis= — chooses the two versions (defaults: the latest published one
 * against the newest one) and shows the diff page (src/features/diff), lazily.
 */
import { Suspense, useId } from 'react'
import { useApi } from '../lib/api/ApiContext'
import { useResource } from '../lib/api/useResource'
import type { BlockOverview } from '../lib/api/types'
import { useT } from '../lib/i18n/i18n'
import { PageHeading } from '../lib/page/PageHeading'
import { Link } from '../lib/router/Link'
import { useNavigate } from '../lib/router/Router'
import { hrefFor } from '../lib/router/routes'
import { ErrorMessage } from '../lib/ui/ErrorMessage'
import { Loading } from '../lib/ui/Loading'
import { appMessages } from './messages'
import { LazyDiffPage } from './optionalPages'

export function DiffRoute({ id, from, to }: { id: string; from?: string; to?: string }) {
  const api = useApi()
  const t = useT(appMessages)
  const overview = useResource((signal) => api.getOverview(id, undefined, { signal }), [api, id])
  const defaults = overview.data ? defaultPair(overview.data) : undefined
  const pair = from && to ? { from, to } : defaults
  return (
    <>
      {/* The diff page has its own heading; until two versions are chosen, this one stands. */}
      {!pair ? <PageHeading>{t('diffTitle')}</PageHeading> : null}
      <p>
        <Link to={{ name: 'baustein', id }}>{t('backToBlock')}</Link>
      </p>
      {overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : null}
      {overview.data ? (
        <VersionChooser id={id} overview={overview.data} selected={pair} />
      ) : overview.status === 'loading' ? (
        <Loading />
      ) : null}
      {pair ? (
        <Suspense fallback={<Loading />}>
          <LazyDiffPage blockId={id} from={pair.from} to={pair.to} api={api} />
        </Suspense>
      ) : null}
    </>
  )
}

/** The latest published version against the newest version (a draft or review, if any). */
export function defaultPair(overview: BlockOverview): { from: string; to: string } | undefined {
  const newest = overview.versions[0]?.version
  const base =
    overview.latestPublished && overview.latestPublished !== newest
      ? overview.latestPublished
      : overview.versions[1]?.version
  return newest && base ? { from: base, to: newest } : undefined
}

function VersionChooser({
  id,
  overview,
  selected,
}: {
  id: string
  overview: BlockOverview
  selected: { from: string; to: string } | undefined
}) {
  const t = useT(appMessages)
  const navigate = useNavigate()
  const fromId = useId()
  const toId = useId()
  if (overview.versions.length < 2) return <p>{t('diffNeedTwo')}</p>
  return (
    <form
      className="panel button-row"
      aria-label={t('diffChoose')}
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        navigate(
          hrefFor({ name: 'diff', id, from: String(data.get('von')), to: String(data.get('bis')) }),
          { keepFocus: true }
        )
      }}
    >
      <div className="field">
        <label htmlFor={fromId}>{t('diffFrom')}</label>
        <select id={fromId} name="von" defaultValue={selected?.from} key={`von-${selected?.from}`}>
          {overview.versions.map((v) => (
            <option key={v.version}>{v.version}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('diffTo')}</label>
        <select id={toId} name="bis" defaultValue={selected?.to} key={`bis-${selected?.to}`}>
          {overview.versions.map((v) => (
            <option key={v.version}>{v.version}</option>
          ))}
        </select>
      </div>
      <button type="submit">{t('diffShow')}</button>
    </form>
  )
}
