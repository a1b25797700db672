/**
 * Hand-made hostile zip archives for tests: fflate writes honest archives, so lies (forged sizes,
 * duplicate names, odd compression methods) are patched into its headers here.
 */
import { zipSync, type Zippable } from 'fflate'

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50

export function zipOf(files: Record<string, string | Uint8Array>, level = 6): Uint8Array {
  const entries: Zippable = {}
  for (const [name, content] of Object.entries(files)) {
    entries[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content
  }
  return zipSync(entries, { level: level as 6 })
}

interface HeaderPatch {
  /** Declared uncompressed size to write into both headers of `name`. */
  originalSize?: number
  /** Compression method to write into both headers of `name`. */
  compression?: number
  /** New name of the same length (so offsets stay valid). */
  rename?: string
}

/** Rewrites header fields of one entry in the local AND central headers. */
export function patchEntry(zip: Uint8Array, name: string, patch: HeaderPatch): Uint8Array {
  const buffer = Buffer.from(zip)
  for (let offset = 0; offset + 4 <= buffer.length; offset++) {
    const signature = buffer.readUInt32LE(offset)
    if (signature !== LOCAL_HEADER && signature !== CENTRAL_HEADER) continue
    const local = signature === LOCAL_HEADER
    const nameLength = buffer.readUInt16LE(offset + (local ? 26 : 28))
    const nameStart = offset + (local ? 30 : 46)
    if (buffer.toString('utf8', nameStart, nameStart + nameLength) !== name) continue
    if (patch.originalSize !== undefined) {
      buffer.writeUInt32LE(patch.originalSize, offset + (local ? 22 : 24))
    }
    if (patch.compression !== undefined) {
      buffer.writeUInt16LE(patch.compression, offset + (local ? 8 : 10))
    }
    if (patch.rename !== undefined) {
      if (patch.rename.length !== nameLength) throw new Error('rename must keep the length')
      buffer.write(patch.rename, nameStart, 'utf8')
    }
  }
  return new Uint8Array(buffer)
}
