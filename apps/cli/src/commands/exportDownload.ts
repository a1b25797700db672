/** The server side of `bauplan export`: the bundle as the API streams it (docs/api.md § Blueprints). */
import type { BackOfficeFlavour, HandbookLocale, PartSelection } from '@bauplan/blueprint'
import type { CatalogueApi } from '../client/catalogueApi'

export async function downloadBlueprint(
  api: CatalogueApi,
  blockId: string,
  version: string,
  part: PartSelection,
  flavour: BackOfficeFlavour,
  handbook: HandbookLocale | undefined,
  onProgress?: (received: number, total: number | null) => void
): Promise<Uint8Array> {
  const response = await api.http.send({
    method: 'GET',
    path: `/api/bausteine/${encodeURIComponent(blockId)}/versionen/${encodeURIComponent(version)}/blueprint`,
    query: { teil: part, flavour, handbuch: handbook },
    ...(onProgress !== undefined ? { onProgress } : {}),
  })
  return response.body
}

/** `bauplan import`: the bundle goes to the server as it is; the server verifies it again. */
export async function uploadBlueprint(
  api: CatalogueApi,
  bundle: Uint8Array,
  organisation: string | undefined
): Promise<unknown> {
  return api.http.json({
    method: 'POST',
    path: '/api/blueprints/import',
    query: { organisation },
    body: { bytes: bundle, contentType: 'application/zip' },
  })
}
