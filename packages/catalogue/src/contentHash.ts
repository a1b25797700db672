import { createHash } from 'node:crypto'
import type { JsonValue } from './model/json'

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers and strings as JSON.stringify
 * writes them. Two stores (or a store and a CLI) that hold the same content produce the same text, no
 * matter in which key order a database (PostgreSQL jsonb reorders keys) hands the object back.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(',')}}`
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface HashedFile {
  name: string
  mediaType: string
  sha256: string
}

/**
 * The content hash of a version: sha256 over a versioned prefix and the canonical JSON of
 * `{ files: [{ mediaType, name, sha256 }] sorted by name, metadata }`. Files enter by their own sha256,
 * so the hash covers their bytes without reading them again.
 */
export function computeContentHash(content: {
  metadata: JsonValue
  files: readonly HashedFile[]
}): string {
  const files = [...content.files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => ({ name: file.name, mediaType: file.mediaType, sha256: file.sha256 }))
  return sha256Hex(`bauplan-content-v1\n${canonicalJson({ files, metadata: content.metadata })}`)
}
