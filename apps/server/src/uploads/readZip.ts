/**
 * Reads a zip archive of a building-block folder without trusting it. Zip bombs: the entry count
 * and the sizes the archive DECLARES are checked first, then the entries are inflated in small
 * steps while the ACTUAL bytes are counted, stopping as soon as a limit is passed (a forged header
 * cannot smuggle more). Zip slip: only plain file names are accepted, no folders, `..` or absolute
 * paths, so nothing can ever be written outside a folder when the files are saved again.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import { fileProblem, HttpProblem } from '../http/httpProblem'
import { formatBytes, text } from '../i18n/text'
import { isSafeFileName, requireKnownFileType } from './fileNames'
import { FILE_MAX_BYTES, ZIP_MAX_ENTRIES, ZIP_MAX_UNCOMPRESSED_BYTES } from './limits'
import { decodeUtf8 } from './utf8'

/** Compressed bytes fed to the inflater per step: at most ~1000× that comes out (deflate's maximum). */
const INFLATE_STEP_BYTES = 4096
const STORED = 0
const DEFLATE = 8

interface DeclaredEntry {
  name: string
  originalSize: number
}

/** The folder in the archive: file name → UTF-8 text. */
export function readZipFolder(zip: Uint8Array): Record<string, string> {
  const declared = readDirectory(zip)
  const inflated = inflateCounting(zip, declared)
  const files: Record<string, string> = {}
  for (const entry of declared) {
    const bytes = inflated.get(entry.name)
    if (bytes === undefined) throw corrupt()
    files[entry.name] = decodeUtf8(entry.name, bytes)
  }
  return files
}

/** Phase 1: the central directory, checked before any entry is inflated. */
function readDirectory(zip: Uint8Array): DeclaredEntry[] {
  const entries: DeclaredEntry[] = []
  try {
    unzipSync(zip, {
      filter(file) {
        if (entries.length >= ZIP_MAX_ENTRIES) throw tooManyEntries()
        checkEntry(file.name, file.compression, entries)
        entries.push({ name: file.name, originalSize: file.originalSize })
        return false
      },
    })
  } catch (error) {
    throw error instanceof HttpProblem ? error : corrupt(error)
  }
  if (entries.length === 0) throw new HttpProblem(400, 'upload.noFiles', text('upload.noFiles'))
  let total = 0
  for (const entry of entries) {
    if (entry.originalSize > FILE_MAX_BYTES) throw fileTooLarge(entry.name)
    total += entry.originalSize
  }
  if (total > ZIP_MAX_UNCOMPRESSED_BYTES) throw expandsTooMuch()
  return entries
}

function checkEntry(name: string, compression: number, seen: readonly DeclaredEntry[]): void {
  if (!isSafeFileName(name)) {
    throw fileProblem(400, 'upload.zipEntryName', text('upload.zipEntryName', name), name)
  }
  requireKnownFileType(name)
  if (compression !== STORED && compression !== DEFLATE) {
    throw fileProblem(
      415,
      'upload.zipCompression',
      text('upload.zipCompression', name, compression),
      name
    )
  }
  if (seen.some((entry) => entry.name === name)) {
    throw fileProblem(400, 'upload.duplicateFile', text('upload.duplicateFile', name), name)
  }
}

/** Phase 2: inflate from the local headers, counting real bytes against every limit. */
function inflateCounting(
  zip: Uint8Array,
  declared: readonly DeclaredEntry[]
): Map<string, Uint8Array> {
  const expected = new Map(declared.map((entry) => [entry.name, entry.originalSize]))
  const chunksByName = new Map<string, Uint8Array[]>()
  const sizes = new Map<string, number>()
  let total = 0
  let failure: unknown
  const unzip = new Unzip((file) => {
    if (!expected.has(file.name) || chunksByName.has(file.name)) {
      failure ??= corrupt()
      return
    }
    const chunks: Uint8Array[] = []
    chunksByName.set(file.name, chunks)
    sizes.set(file.name, 0)
    file.ondata = (error, chunk) => {
      if (failure !== undefined) return
      if (error) {
        failure = corrupt(error)
        return
      }
      const size = (sizes.get(file.name) ?? 0) + chunk.length
      sizes.set(file.name, size)
      total += chunk.length
      if (size > FILE_MAX_BYTES) failure = fileTooLarge(file.name)
      else if (total > ZIP_MAX_UNCOMPRESSED_BYTES) failure = expandsTooMuch()
      else chunks.push(chunk)
      if (failure !== undefined) file.terminate()
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (
      let offset = 0;
      offset < zip.length && failure === undefined;
      offset += INFLATE_STEP_BYTES
    ) {
      const end = Math.min(offset + INFLATE_STEP_BYTES, zip.length)
      unzip.push(zip.subarray(offset, end), end === zip.length)
    }
  } catch (error) {
    failure ??= corrupt(error)
  }
  if (failure !== undefined) throw failure
  const result = new Map<string, Uint8Array>()
  for (const [name, declaredSize] of expected) {
    const chunks = chunksByName.get(name)
    if (chunks === undefined) throw corrupt()
    if (sizes.get(name) !== declaredSize) {
      throw fileProblem(400, 'upload.zipSizeMismatch', text('upload.zipSizeMismatch', name), name)
    }
    result.set(name, Buffer.concat(chunks))
  }
  return result
}

function corrupt(cause?: unknown): HttpProblem {
  return new HttpProblem(400, 'upload.zipCorrupt', text('upload.zipCorrupt'), { cause })
}

function tooManyEntries(): HttpProblem {
  return new HttpProblem(
    413,
    'upload.zipTooManyEntries',
    text('upload.zipTooManyEntries', ZIP_MAX_ENTRIES)
  )
}

function fileTooLarge(name: string): HttpProblem {
  return fileProblem(
    413,
    'upload.fileTooLarge',
    text('upload.fileTooLarge', name, formatBytes(FILE_MAX_BYTES)),
    name
  )
}

function expandsTooMuch(): HttpProblem {
  return new HttpProblem(
    413,
    'upload.zipUncompressedTooLarge',
    text('upload.zipUncompressedTooLarge', formatBytes(ZIP_MAX_UNCOMPRESSED_BYTES))
  )
}
