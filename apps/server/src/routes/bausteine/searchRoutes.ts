/** GET /api/bausteine: full-text search with facets, filters, sorting and pages. */
import {
  MAX_PAGE_SIZE,
  SEARCH_FACETS,
  VERSION_STATES,
  type SearchFacet,
  type SearchQuery,
  type SearchSort,
  type VersionState,
} from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'

const DEFAULT_LIMIT = 20
const stringList = (description: string) => ({
  type: 'array',
  items: { type: 'string', maxLength: 200 },
  maxItems: 20,
  description: `${description} (wiederholbar / repeatable)`,
})

const searchQuery = langQuery({
  q: { type: 'string', maxLength: 500, description: 'Volltext (deutsch gestemmt) / full text' },
  bundesland: stringList('Land-Schlüssel, z. B. 14'),
  organisation: stringList('Organisation'),
  bausteinart: stringList('Bausteinart'),
  einsatzbereich: stringList('Einsatzbereich'),
  themenfeld: stringList('OZG-Themenfeld'),
  status: {
    type: 'array',
    items: { type: 'string', enum: [...VERSION_STATES] },
    maxItems: VERSION_STATES.length,
    description: 'sichtbare Zustände (Standard: veroeffentlicht) / visible states',
  },
  sort: { type: 'string', enum: ['relevance', 'name', 'lastChange'] },
  page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 },
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_LIMIT },
})

type SearchParams = Partial<Record<SearchFacet, string[]>> & {
  q?: string
  status?: VersionState[]
  sort?: SearchSort
  page: number
  limit: number
}

export const searchRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/bausteine',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Bausteine suchen / search building blocks',
        description:
          'IT providers see published (and deprecated) versions only; other roles may ask for drafts with status=entwurf.',
        querystring: searchQuery,
        response: { 200: ref('SearchResult'), ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => {
      const params = request.query as SearchParams
      const filters: SearchQuery['filters'] = {}
      for (const facet of SEARCH_FACETS) {
        const values = params[facet]
        if (values !== undefined && values.length > 0) filters[facet] = values
      }
      const query: SearchQuery = {
        filters,
        limit: params.limit,
        offset: (params.page - 1) * params.limit,
        ...(params.q?.trim() ? { text: params.q.trim() } : {}),
        ...(params.status ? { states: params.status } : {}),
        ...(params.sort ? { sort: params.sort } : {}),
      }
      const result = await app.catalogue.search(serviceActor(request), query)
      return { ...result, page: params.page }
    }
  )
}
