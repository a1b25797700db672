/** URLs of created resources, for Location headers (ids are URNs and must be encoded). */
export function blockLocation(blockId: string): string {
  return `/api/bausteine/${encodeURIComponent(blockId)}`
}

export function versionLocation(blockId: string, version: string): string {
  return `${blockLocation(blockId)}/versionen/${encodeURIComponent(version)}`
}
