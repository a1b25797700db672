import type { JsonObject } from '../model/json'
import type { VersionKey } from '../model/inputs'
import { SEARCH_FACETS } from '../model/search'
import { searchDocumentOf } from '../search/searchDocument'
import type { StoreContext } from './context'
import type { SqlValue } from './sqlExecutor'

/** The field under which exact Leistungsschlüssel matches are stored next to the facet values. */
export const LEISTUNGSSCHLUESSEL_FIELD = 'leistungsschluessel'

/**
 * (Re)writes the search index entry of a version: display columns (what a search hit shows), facet
 * and key terms, and the dialect's full-text entry. Runs inside the caller's atomic section, so index and data never diverge.
 */
export async function indexVersion(
  ctx: StoreContext,
  key: VersionKey,
  metadata: JsonObject,
  organisationId: string
): Promise<void> {
  const doc = searchDocumentOf(metadata, organisationId)
  await ctx.ex.run(
    `INSERT INTO search_documents (block_id, version, name, bezeichnung, name_sort, bausteinart,
       leistungsschluessel, bpmn_datei)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (block_id, version) DO UPDATE SET
       name = excluded.name, bezeichnung = excluded.bezeichnung, name_sort = excluded.name_sort,
       bausteinart = excluded.bausteinart, leistungsschluessel = excluded.leistungsschluessel,
       bpmn_datei = excluded.bpmn_datei`,
    [
      key.blockId,
      key.version,
      doc.name,
      doc.bezeichnung,
      doc.nameSort,
      doc.facets.bausteinart[0] ?? null,
      // Sorted, as the migration that filled this column for older versions sorted them.
      [...doc.leistungsschluessel].sort().join(' '),
      doc.bpmnDatei,
    ]
  )
  await ctx.ex.run('DELETE FROM search_terms WHERE block_id = ? AND version = ?', [
    key.blockId,
    key.version,
  ])
  const terms: [string, string][] = [
    ...SEARCH_FACETS.flatMap((facet) =>
      doc.facets[facet].map((value): [string, string] => [facet, value])
    ),
    ...doc.leistungsschluessel.map((value): [string, string] => [LEISTUNGSSCHLUESSEL_FIELD, value]),
  ]
  if (terms.length > 0) {
    const params: SqlValue[] = terms.flatMap(([field, value]) => [
      key.blockId,
      key.version,
      field,
      value,
    ])
    await ctx.ex.run(
      `INSERT INTO search_terms (block_id, version, field, value) VALUES ${terms.map(() => '(?, ?, ?, ?)').join(', ')}`,
      params
    )
  }
  await ctx.fullText.write(ctx.ex, key, doc)
}
