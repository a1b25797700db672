/**
 * The page of one block (and one of its versions): hints, actions by role and state, the review
 * panel, metadata, diagram, dependencies and usages, variants, versions, files and audit log.
 */
import { useState, type ReactNode } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import { useResource } from '../../lib/api/useResource'
import { useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { seesDrafts } from '../../lib/session/roles'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { StateBadge } from '../../lib/ui/StateBadge'
import { AuditLog } from './AuditLog'
import { availableActions, hasAnyAction } from './availableActions'
import { BlockActions } from './BlockActions'
import { BlockHints } from './BlockHints'
import { DependenciesSection } from './DependenciesSection'
import { DiagramViewer } from './DiagramViewer'
import { Downloads } from './Downloads'
import { bausteinMessages } from './messages'
import { MetadataSummary } from './MetadataSummary'
import { ReviewPanel } from './ReviewPanel'
import { shortName } from '../../lib/api/useBlockNames'
import { VariantsSection } from './VariantsSection'
import { VersionHistory } from './VersionHistory'
import { BlueprintExport } from '../blueprint-export/BlueprintExport'
import './baustein.css'

type SectionKey =
  | 'actions'
  | 'review'
  | 'metadata'
  | 'diagram'
  | 'dependencies'
  | 'variants'
  | 'versions'
  | 'files'
  | 'audit'

export function BausteinPage({ id, version }: { id: string; version?: string }) {
  const t = useT(bausteinMessages)
  const api = useApi()
  const user = useUser()
  const { organisations } = useSession()
  const [refresh, setRefresh] = useState(0)
  const [notice, setNotice] = useState<string | undefined>()
  const overview = useResource(
    (signal) => api.getOverview(id, version, { signal }),
    [api, id, version, refresh]
  )
  const shownVersion =
    version ?? overview.data?.shownVersion ?? overview.data?.versions[0]?.version ?? undefined
  const detail = useResource(
    async (signal) => (shownVersion ? api.getVersion(id, shownVersion, { signal }) : undefined),
    [api, id, shownVersion, refresh]
  )
  const metadata = detail.data?.version.metadata
  const name = metadata?.name ?? shortName(id)
  const data = overview.data
  const shown = data?.versions.find((v) => v.version === shownVersion)
  const actions = data && shown ? availableActions(user, data, shown, organisations) : undefined
  const done = (message: string) => {
    setNotice(message)
    setRefresh((n) => n + 1)
  }

  const sections: [SectionKey, ReactNode][] = []
  if (data && shown && actions) {
    if (hasAnyAction(actions)) {
      sections.push([
        'actions',
        <BlockActions user={user} overview={data} shown={shown} actions={actions} onDone={done} />,
      ])
    }
    if (shown.state === 'in_pruefung' && (actions.review || actions.ownSubmission)) {
      sections.push([
        'review',
        <ReviewPanel overview={data} shown={shown} actions={actions} onDone={done} />,
      ])
    }
  }
  if (metadata) sections.push(['metadata', <MetadataSummary metadata={metadata} />])
  if (detail.data && shownVersion) {
    const file = metadata?.artefakte?.bpmn?.datei
    sections.push([
      'diagram',
      file ? (
        <DiagramViewer blockId={id} version={shownVersion} file={file} name={name} />
      ) : (
        <p>{t('diagramNone')}</p>
      ),
    ])
  }
  if (data && shownVersion) {
    sections.push([
      'dependencies',
      <DependenciesSection overview={data} name={name} version={shownVersion} />,
    ])
    sections.push(['variants', <VariantsSection overview={data} />])
    sections.push([
      'versions',
      <VersionHistory blockId={id} versions={data.versions} shown={shownVersion} />,
    ])
  }
  if (detail.data && shownVersion) {
    sections.push([
      'files',
      <>
        <Downloads blockId={id} version={shownVersion} files={detail.data.files} />
        <BlueprintExport blockId={id} version={shownVersion} state={shown?.state} />
      </>,
    ])
  }
  // The audit log tells of drafts and reviews, which IT providers do not see.
  if (data && seesDrafts(user))
    sections.push(['audit', <AuditLog blockId={id} refresh={refresh} />])

  return (
    <article className="baustein-page" aria-labelledby="baustein-heading">
      <header className="baustein-header">
        <div id="baustein-heading">
          <PageHeading title={name}>{metadata ? metadata.name : t('loadingTitle')}</PageHeading>
        </div>
        {metadata?.bezeichnung ? <p className="baustein-subtitle">{metadata.bezeichnung}</p> : null}
        {shown ? (
          <p className="baustein-meta">
            <StateBadge state={shown.state} />
            <span>{t('version', { version: shown.version })}</span>
            {data?.organisation ? (
              <span>
                {t('organisation')}: {data.organisation.name}
              </span>
            ) : null}
          </p>
        ) : null}
      </header>
      {notice ? (
        <p className="message message-success" role="status">
          {notice}
        </p>
      ) : null}
      {overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : null}
      {detail.error ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : null}
      {!data && overview.status === 'loading' ? <Loading /> : null}
      {data && shown ? <BlockHints overview={data} shown={shown} /> : null}
      {sections.length > 0 ? (
        <nav className="page-toc" aria-label={t('onThisPage')}>
          <ul>
            {sections.map(([key]) => (
              <li key={key}>
                <a href={`#abschnitt-${key}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {sections.map(([key, content]) => (
        <section
          key={key}
          id={`abschnitt-${key}`}
          className="panel"
          aria-labelledby={`titel-${key}`}
        >
          <h2 id={`titel-${key}`}>{t(key)}</h2>
          {content}
        </section>
      ))}
    </article>
  )
}
