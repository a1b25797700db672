import type { StoreContext } from './context'
import { nowIso } from './context'
import { firstRow } from './opsSupport'
import { refreshPublishedHead } from './publishedHeads'
import { toJsonObject } from './rowMappers'
import { indexVersion } from './searchIndexing'

/**
 * How the search text is derived from metadata (src/search). Raise it when that changes: stores
 * opened on an older database then index every version again. 2: the heads of compounds are indexed
 * (search/compoundHeads.ts).
 */
export const SEARCH_TEXT_VERSION = '2'
export const SEARCH_TEXT_META_KEY = 'search.text_version'

/**
 * Re-indexes every version (and then the published heads, whose full text is a copy) if the database
 * was indexed by an older derivation; a migration cannot, as the text is derived in TypeScript. One
 * transaction: a failure leaves the old index. Returns how many versions were indexed again.
 */
export async function upgradeSearchText(ctx: StoreContext): Promise<number> {
  const current = await firstRow(ctx.ex, 'SELECT value FROM meta WHERE key = ?', [
    SEARCH_TEXT_META_KEY,
  ])
  if (current !== undefined && String(current.value) === SEARCH_TEXT_VERSION) return 0
  return ctx.ex.atomic(async (ex) => {
    const inside = { ...ctx, ex }
    const versions = await ex.all(
      `SELECT v.block_id, v.version, v.metadata, b.organisation_id
       FROM block_versions v JOIN blocks b ON b.id = v.block_id`
    )
    for (const row of versions) {
      const key = { blockId: String(row.block_id), version: String(row.version) }
      await indexVersion(inside, key, toJsonObject(row.metadata), String(row.organisation_id))
    }
    const heads = await ex.all('SELECT block_id FROM published_heads')
    for (const row of heads) await refreshPublishedHead(inside, String(row.block_id))
    await ex.run(
      `INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [SEARCH_TEXT_META_KEY, SEARCH_TEXT_VERSION, nowIso(ctx)]
    )
    return versions.length
  })
}
