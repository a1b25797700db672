import { randomInt } from 'node:crypto'
import type { StoreContext } from './context'

/**
 * published_heads (migration 003): per block, its latest published version — the one the default
 * search shows — with the facets as columns. Published content is frozen, so a head changes only when
 * a version enters or leaves the state `veroeffentlicht`; the store then calls `refreshPublishedHead`
 * in the same transaction. The migration filled the table with the same definition.
 *
 * Each refresh also writes a new random stamp (published_heads_stamp, migration 007): processes keep
 * the heads' facet values in memory for counting, valid as long as the stamp they were read with
 * (searchFacetIndex.ts, docs/decisions/0012).
 */

/** Stamps are below this (48 bits, randomInt's limit; exact in a JavaScript number and in SQL). */
const STAMP_RANGE = 2 ** 48 - 1

/** One value of a single-valued facet term of the version `v` (SearchDocument gives at most one). */
function term(field: string): string {
  return `(SELECT MIN(t.value) FROM search_terms t
    WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = '${field}')`
}

/** bundesland may have several values: the column holds it only when there is exactly one. */
const BUNDESLAND = `(SELECT CASE WHEN COUNT(*) = 1 THEN MIN(t.value) END FROM search_terms t
  WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland')`
const BUNDESLAND_COUNT = `(SELECT COUNT(*) FROM search_terms t
  WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland')`

const HEAD_VALUES: readonly { name: string; value: string }[] = [
  { name: 'block_id', value: 'v.block_id' },
  { name: 'version', value: 'v.version' },
  { name: 'organisation_id', value: term('organisation') },
  { name: 'bausteinart', value: term('bausteinart') },
  { name: 'einsatzbereich', value: term('einsatzbereich') },
  { name: 'themenfeld', value: term('themenfeld') },
  { name: 'bundesland', value: BUNDESLAND },
  { name: 'bundesland_count', value: BUNDESLAND_COUNT },
  { name: 'name_sort', value: 'd.name_sort' },
  { name: 'updated_at', value: 'v.updated_at' },
]

/** Does a state change move a version into or out of `veroeffentlicht` (and so maybe change a head)? */
export function changesPublishedHead(from: string, to: string): boolean {
  return (from === 'veroeffentlicht') !== (to === 'veroeffentlicht')
}

/** Recomputes the published head of a block (none if it has no published version). */
export async function refreshPublishedHead(ctx: StoreContext, blockId: string): Promise<void> {
  const columns = [...HEAD_VALUES, ...ctx.fullText.head.columns]
  await ctx.fullText.head.remove(ctx.ex, blockId)
  await ctx.ex.run('DELETE FROM published_heads WHERE block_id = ?', [blockId])
  // An upsert, not a plain insert: on PostgreSQL a concurrent state change of another version of the
  // same block may have inserted the head after this transaction's DELETE looked (READ COMMITTED);
  // this statement's fresh snapshot sees that commit, and the row ends up as computed here.
  await ctx.ex.run(
    `INSERT INTO published_heads (${columns.map((c) => c.name).join(', ')})
     SELECT ${columns.map((c) => c.value).join(', ')}
     FROM block_versions v JOIN search_documents d ON d.block_id = v.block_id AND d.version = v.version
     WHERE v.block_id = ? AND v.state = 'veroeffentlicht'
     ORDER BY v.major DESC, v.minor DESC, v.patch DESC
     LIMIT 1
     ON CONFLICT (block_id) DO UPDATE SET
       ${columns
         .filter((c) => c.name !== 'block_id')
         .map((c) => `${c.name} = excluded.${c.name}`)
         .join(', ')}`,
    [blockId]
  )
  await ctx.fullText.head.write(ctx.ex, blockId)
  await ctx.ex.run('UPDATE published_heads_stamp SET stamp = ? WHERE id = 1', [
    randomInt(STAMP_RANGE),
  ])
}
