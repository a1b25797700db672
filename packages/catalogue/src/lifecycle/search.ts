import type { SearchQuery, SearchResult } from '../model/search'
import { PUBLISHED_STATES } from '../model/vocabulary'
import type { Actor } from './actor'
import { requireReader, seesDrafts } from './rights'
import type { ServiceContext } from './serviceContext'

/** Catalogue search; for IT providers any requested unpublished state is dropped. */
export async function search(
  ctx: ServiceContext,
  actor: Actor,
  query: SearchQuery
): Promise<SearchResult> {
  requireReader(actor)
  if (seesDrafts(actor) || query.states === undefined) return ctx.store.search(query)
  const states = query.states.filter((s) => PUBLISHED_STATES.includes(s))
  return ctx.store.search({ ...query, states: states.length > 0 ? states : ['veroeffentlicht'] })
}
