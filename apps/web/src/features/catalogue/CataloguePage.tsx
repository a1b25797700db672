/**
 * Katalog: search, facets with counts, state filter, sorting, pages and result cards. The query
 * lives in the URL; filter changes keep focus where the user is, and the number of results is
 * announced politely.
 */
import { useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import { SEARCH_FACETS, type SearchFacet } from '../../lib/api/types'
import { useResource } from '../../lib/api/useResource'
import { useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { useLocation, useNavigate } from '../../lib/router/Router'
import { analystOrganisations, seesDrafts } from '../../lib/session/roles'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { SearchForm } from './SearchForm'
import {
  catalogueHref,
  emptyFilters,
  parseCatalogueQuery,
  toggleFilter,
  toggleState,
  toSearchParams,
  type CatalogueQuery,
} from './catalogueQuery'
import { FacetGroup } from './FacetGroup'
import { catalogueMessages } from './messages'
import { NewBlockDialog } from './NewBlockDialog'
import { Pagination } from './Pagination'
import { ResultCard } from './ResultCard'
import { SortSelect } from './SortSelect'
import { StateFilter } from './StateFilter'
import './catalogue.css'

export function CataloguePage() {
  const t = useT(catalogueMessages)
  const api = useApi()
  const user = useUser()
  const { organisations } = useSession()
  const vocabulary = useVocabulary()
  const location = useLocation()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const query = parseCatalogueQuery(location.search)
  const href = catalogueHref(query)
  const result = useResource((signal) => api.search(toSearchParams(query), { signal }), [api, href])

  const go = (next: CatalogueQuery, keepFocus = true) =>
    navigate(catalogueHref(next), { keepFocus })
  const organisationName = (id: string) => organisations.get(id)?.name ?? id
  const facetLabel: Record<SearchFacet, (value: string) => string> = {
    bundesland: vocabulary.bundesland,
    organisation: organisationName,
    bausteinart: vocabulary.bausteinart,
    einsatzbereich: vocabulary.einsatzbereich,
    themenfeld: vocabulary.themenfeld,
  }
  const data = result.data
  const pages = data ? Math.max(1, Math.ceil(data.total / data.limit)) : 1
  const hasFilters =
    SEARCH_FACETS.some((f) => query.filters[f].length > 0) || query.states.length > 0

  return (
    <div className="catalogue">
      <div className="catalogue-head">
        <div>
          <PageHeading>{t('title')}</PageHeading>
          <p className="muted">{t('intro')}</p>
        </div>
        {analystOrganisations(user).length > 0 ? (
          <button type="button" onClick={() => setCreating(true)}>
            {t('newBlock')}
          </button>
        ) : null}
      </div>
      <SearchForm q={query.q} onSearch={(q) => go({ ...query, q, page: 1 })} />
      <div className="catalogue-layout">
        <section className="catalogue-filters" aria-labelledby="catalogue-filters-heading">
          <h2 id="catalogue-filters-heading">{t('filters')}</h2>
          <StateFilter
            selected={query.states}
            seesDrafts={seesDrafts(user)}
            onToggle={(state, on) => go(toggleState(query, state, on))}
          />
          {SEARCH_FACETS.map((facet) => (
            <FacetGroup
              key={facet}
              legend={t(`facet_${facet}`)}
              counts={data?.facets[facet] ?? []}
              selected={query.filters[facet]}
              label={facetLabel[facet]}
              onToggle={(value, on) => go(toggleFilter(query, facet, value, on))}
            />
          ))}
          {hasFilters ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => go({ ...query, filters: emptyFilters(), states: [], page: 1 })}
            >
              {t('resetFilters')}
            </button>
          ) : null}
        </section>
        <section className="catalogue-results" aria-labelledby="catalogue-results-heading">
          <div className="results-head">
            <h2 id="catalogue-results-heading">{t('results')}</h2>
            <SortSelect
              value={query.sort}
              hasText={query.q.trim() !== ''}
              onChange={(sort) => go({ ...query, sort, page: 1 })}
            />
          </div>
          <p role="status" className="result-count">
            {data
              ? data.total === 1
                ? t('resultCountOne')
                : t('resultCount', { count: data.total })
              : ''}
            {result.status === 'loading' && data ? ` ${t('updating')}` : ''}
          </p>
          {result.error ? <ErrorMessage error={result.error} onRetry={result.reload} /> : null}
          {!data && result.status === 'loading' ? <Loading /> : null}
          {data && data.hits.length === 0 ? <p>{t('noResults')}</p> : null}
          {data && data.hits.length > 0 ? (
            <ol className="result-list" aria-busy={result.status === 'loading'}>
              {data.hits.map((hit) => (
                <li key={`${hit.blockId}@${hit.version}`}>
                  <ResultCard hit={hit} organisationName={organisationName(hit.organisationId)} />
                </li>
              ))}
            </ol>
          ) : null}
          <Pagination
            page={query.page}
            pages={pages}
            hrefFor={(page) => catalogueHref({ ...query, page })}
          />
        </section>
      </div>
      {creating ? <NewBlockDialog open onClose={() => setCreating(false)} user={user} /> : null}
    </div>
  )
}
