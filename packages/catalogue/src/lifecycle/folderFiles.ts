import { METADATA_FILE } from '@bauplan/domain'
import type { FileInput } from '../model/inputs'
import type { JsonObject } from '../model/json'
import type { VersionFile } from '../model/records'

/** A building-block folder as the API, the CLI and the domain checks see it: file name → text. */
export type FolderFiles = Readonly<Record<string, string>>

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: false })

function mediaTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json'
  if (name.endsWith('.bpmn') || name.endsWith('.dmn') || name.endsWith('.xml'))
    return 'application/xml'
  return 'text/plain'
}

/**
 * The files a version stores. `baustein.json` is NOT stored as a file: the metadata column is its
 * single source, so the metadata the catalogue searches, diffs and hashes can never disagree with a
 * second copy (e.g. after `createDraft` sets a new version number). `folderOf` writes it back.
 */
export function storedFilesOf(files: FolderFiles): FileInput[] {
  return Object.keys(files)
    .filter((name) => name !== METADATA_FILE)
    .sort()
    .map((name) => ({
      name,
      mediaType: mediaTypeOf(name),
      bytes: encoder.encode(files[name] ?? ''),
    }))
}

/** The metadata as `baustein.json` text: two-space indentation and a final newline, like models/. */
export function metadataText(metadata: JsonObject): string {
  return `${JSON.stringify(metadata, null, 2)}\n`
}

/** A stored version as a folder again: its files plus `baustein.json` from the metadata. */
export function folderOf(metadata: JsonObject, files: readonly VersionFile[]): FolderFiles {
  const folder: Record<string, string> = {}
  for (const file of files) folder[file.name] = decoder.decode(file.bytes)
  folder[METADATA_FILE] = metadataText(metadata)
  return folder
}

/** The same folder with `baustein.json` replaced by the given metadata. */
export function withMetadata(files: FolderFiles, metadata: JsonObject): FolderFiles {
  return { ...files, [METADATA_FILE]: metadataText(metadata) }
}
