/**
 * Where a block's own files go in a bundle: `bausteine/<id without urn:, ':' → '.'>@<version>`,
 * e.g. `bausteine/bauplan.baustein.sn.identitaet-pruefen@1.0.0`. Only a convention for people
 * reading the archive; the manifest names each block's folder explicitly, and readers use that.
 */
export const BLOCKS_FOLDER = 'bausteine'

export function blockFolder(blockId: string, version: string): string {
  const name = blockId.replace(/^urn:/, '').replaceAll(':', '.')
  return `${BLOCKS_FOLDER}/${name}@${version}`
}
