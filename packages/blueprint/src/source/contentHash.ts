import { createHash } from 'node:crypto'
import { METADATA_FILE } from '@bauplan/domain'

/**
 * The content hash of a block version, computed exactly as the catalogue computes it when it
 * publishes (`computeContentHash` in @bauplan/catalogue, format `bauplan-content-v1`): sha256 over
 * the canonical JSON of the metadata and of the sorted list of the stored files (every file except
 * `baustein.json`, whose single source is the metadata). It is repeated here because this package
 * must hash folders without a catalogue; the federation import recomputes the hash with the
 * catalogue's own function, so any drift between the two fails an import test at once.
 */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }

/** Keys sorted by code unit, no whitespace: the same text whatever order the keys came in. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item: Json) => canonicalJson(item)).join(',')}]`
  const record = value as { readonly [key: string]: Json }
  const keys = Object.keys(record).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] as Json)}`).join(',')}}`
}

/** The media type the catalogue stores a file under; it is part of the content hash. */
export function mediaTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json'
  if (name.endsWith('.bpmn') || name.endsWith('.dmn') || name.endsWith('.xml')) {
    return 'application/xml'
  }
  return 'text/plain'
}

/** The content hash of metadata plus model files (file name → UTF-8 text; baustein.json ignored). */
export function contentHashOf(metadata: unknown, files: Readonly<Record<string, string>>): string {
  const hashed = Object.keys(files)
    .filter((name) => name !== METADATA_FILE)
    .sort()
    .map((name) => ({ name, mediaType: mediaTypeOf(name), sha256: sha256Hex(files[name] ?? '') }))
  return sha256Hex(
    `bauplan-content-v1\n${canonicalJson({ files: hashed, metadata: metadata as Json })}`
  )
}
