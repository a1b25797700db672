/**
 * What the call-activity picker needs from the server: the catalogue search (published blocks by
 * default) and one version's metadata (for the process id to call). The app shell passes its API
 * client (`BauplanApi` in src/lib/api), which has these methods by the same names; the picker depends on nothing else.
 */
export interface BlockSearchHit {
  blockId: string
  version: string
  name: string
  organisationId: string
  bezeichnung?: string | null
}

export interface BlockSearchApi {
  /** `GET /api/bausteine?q=&limit=` (published versions unless asked otherwise) */
  search(params: { q?: string; limit?: number }): Promise<{ hits: BlockSearchHit[] }>
  /** `GET /api/bausteine/:id/versionen/:version`; `metadata` is the block's baustein.json. */
  getVersion(blockId: string, version: string): Promise<{ version: { metadata: unknown } }>
}

/** The process id a caller must name in `calledElement`, from a block's metadata. */
export function processIdOf(metadata: unknown): string | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined
  const artefakte = (metadata as { artefakte?: { bpmn?: { processId?: unknown } } }).artefakte
  const processId = artefakte?.bpmn?.processId
  return typeof processId === 'string' && processId !== '' ? processId : undefined
}
