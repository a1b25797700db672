import { sha256Hex } from '../contentHash'
import { InvalidInputError } from '../errors'
import type { FileInput, VersionKey } from '../model/inputs'
import type { SqlExecutor } from './sqlExecutor'
import { requireFileName, requireMediaType } from './validation'

export interface PreparedFile {
  name: string
  mediaType: string
  bytes: Uint8Array
  size: number
  sha256: string
}

/** Checks names and media types and computes each file's sha256 (the store never trusts a given hash). */
export function prepareFiles(files: readonly FileInput[]): PreparedFile[] {
  const seen = new Set<string>()
  return files.map((file, index) => {
    const name = requireFileName(file.name, `files/${index}/name`)
    if (seen.has(name)) {
      throw new InvalidInputError(`files/${index}/name`, {
        de: `Die Datei „${name}“ kommt zweimal vor.`,
        en: `The file "${name}" appears twice.`,
      })
    }
    seen.add(name)
    if (!(file.bytes instanceof Uint8Array)) {
      throw new InvalidInputError(`files/${index}/bytes`, {
        de: 'muss aus Bytes (Uint8Array) bestehen.',
        en: 'must be bytes (a Uint8Array).',
      })
    }
    return {
      name,
      mediaType: requireMediaType(file.mediaType, `files/${index}/mediaType`),
      bytes: file.bytes,
      size: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
    }
  })
}

export async function replaceFiles(
  ex: SqlExecutor,
  key: VersionKey,
  files: readonly PreparedFile[]
): Promise<void> {
  await ex.run('DELETE FROM version_files WHERE block_id = ? AND version = ?', [
    key.blockId,
    key.version,
  ])
  for (const file of files) {
    await ex.run(
      `INSERT INTO version_files (block_id, version, name, media_type, size, sha256, bytes)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [key.blockId, key.version, file.name, file.mediaType, file.size, file.sha256, file.bytes]
    )
  }
}
