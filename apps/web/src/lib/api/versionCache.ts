/**
 * Version details shared between the catalogue's cards (and pages that show several blocks): one
 * request per version and content state. Published versions never change; a draft's `updatedAt`
 * is part of the key, so an edited draft is fetched again.
 */
import type { BauplanApi } from './bauplanApi'
import type { VersionDetail } from './types'

const caches = new WeakMap<BauplanApi, Map<string, Promise<VersionDetail>>>()

export function loadVersionCached(
  api: BauplanApi,
  id: string,
  version: string,
  freshness = ''
): Promise<VersionDetail> {
  let cache = caches.get(api)
  if (!cache) {
    cache = new Map()
    caches.set(api, cache)
  }
  const key = `${id}@${version}#${freshness}`
  const cached = cache.get(key)
  if (cached) return cached
  const request = api.getVersion(id, version)
  cache.set(key, request)
  request.catch(() => cache.delete(key))
  return request
}
