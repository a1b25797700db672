/**
 * One search hit: diagram preview, name (a link to the version), state badge, organisation,
 * Leistungsschlüssel and kind — all from the search answer; only the diagram's BPMN file is fetched,
 * when the card comes near the screen.
 */
import { useId, useRef } from 'react'
import type { SearchHit } from '../../lib/api/types'
import { formatDate, useLocale, useT } from '../../lib/i18n/i18n'
import { useNearViewport } from '../../lib/page/useNearViewport'
import { Link } from '../../lib/router/Link'
import { StateBadge } from '../../lib/ui/StateBadge'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { DiagramThumbnail } from './DiagramThumbnail'
import { catalogueMessages } from './messages'

export function ResultCard({
  hit,
  organisationName,
}: {
  hit: SearchHit
  organisationName: string
}) {
  const t = useT(catalogueMessages)
  const { locale } = useLocale()
  const { bausteinart } = useVocabulary()
  const ref = useRef<HTMLElement>(null)
  const near = useNearViewport(ref)
  const titleId = useId()
  const keys = hit.leistungsschluessel
  return (
    <article ref={ref} className="result-card" aria-labelledby={titleId}>
      <DiagramThumbnail
        blockId={hit.blockId}
        version={hit.version}
        file={hit.bpmnDatei}
        name={hit.name}
        freshness={hit.updatedAt}
        load={near}
      />
      <div className="result-card-body">
        <h3 id={titleId}>
          <Link to={{ name: 'version', id: hit.blockId, version: hit.version }}>{hit.name}</Link>
        </h3>
        <StateBadge state={hit.state} />
        {hit.bezeichnung ? <p className="result-card-subtitle">{hit.bezeichnung}</p> : null}
        <dl className="card-facts">
          <dt>{t('cardOrganisation')}</dt>
          <dd>{organisationName}</dd>
          <dt>{t('cardLeistungsschluessel')}</dt>
          <dd className={keys.length > 0 ? 'mono' : undefined}>
            {keys.length > 0 ? keys.join(', ') : t('noLeistung')}
          </dd>
          <dt>{t('cardBausteinart')}</dt>
          <dd>{hit.bausteinart ? bausteinart(hit.bausteinart) : '–'}</dd>
          <dt>{t('cardVersion')}</dt>
          <dd>{hit.version}</dd>
          <dt>{t('cardChanged')}</dt>
          <dd>{formatDate(hit.updatedAt, locale)}</dd>
        </dl>
      </div>
    </article>
  )
}
