import type { BlockSearchApi, BlockSearchHit } from '../../process-modeler/blockSearchApi'
import { referenceMetadata } from './referenceModels'

/**
 * The search half of the API over the real reference blocks, for component tests: the browser test
 * runner cannot start the server, so this answers the two calls the picker makes from the same
 * metadata the server would seed from. Matching is a plain case-insensitive substring search.
 */
export function catalogueOfReferenceModels(): BlockSearchApi & { calls: string[] } {
  const blocks = referenceMetadata()
  const calls: string[] = []
  const hitOf = (m: Record<string, unknown>): BlockSearchHit => ({
    blockId: String(m.id),
    version: String(m.version),
    name: String(m.name),
    organisationId: String(String(m.id).split(':')[3] ?? ''),
    bezeichnung: typeof m.bezeichnung === 'string' ? m.bezeichnung : null,
  })
  return {
    calls,
    async search({ q = '', limit = 20 }) {
      calls.push(`search ${q}`)
      const needle = q.trim().toLowerCase()
      const hits = blocks
        .filter((m) => JSON.stringify([m.name, m.bezeichnung, m.id]).toLowerCase().includes(needle))
        .slice(0, limit)
        .map(hitOf)
      return { hits }
    },
    async getVersion(blockId, version) {
      calls.push(`version ${blockId} ${version}`)
      const metadata = blocks.find((m) => m.id === blockId && m.version === version)
      if (!metadata) throw Object.assign(new Error('not found'), { status: 404 })
      return { version: { metadata } }
    },
  }
}
