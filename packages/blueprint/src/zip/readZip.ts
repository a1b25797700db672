import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import type { Problem } from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import { collisionKey, isSafeEntryPath } from './entryPath'
import { BUNDLE_LIMITS, type BundleLimits } from './limits'

/** Compressed bytes fed to the inflater per step, so a bomb is stopped after little output. */
const INFLATE_STEP_BYTES = 16 * 1024
const STORED = 0
const DEFLATE = 8

interface DeclaredEntry {
  path: string
  compressedSize: number
  originalSize: number
}

/**
 * Reads a bundle archive without trusting it, in two phases. First the central directory: archive
 * size, entry count, every path (zip slip, absolute, duplicates), compression methods, declared
 * sizes and compression ratios — all before a byte is inflated. Then the entries are inflated in
 * small steps while the real output is counted against the same limits and must equal the
 * declared size. Returns path → bytes in path order.
 */
export function readBundleZip(
  archive: Uint8Array,
  limits: BundleLimits = BUNDLE_LIMITS
): Map<string, Uint8Array> {
  if (archive.length > limits.maxArchiveBytes) {
    throw unsafe('blueprint.archiveTooLarge', {
      de: `Das Archiv ist ${archive.length} Byte groß; erlaubt sind höchstens ${limits.maxArchiveBytes} Byte.`,
      en: `The archive is ${archive.length} bytes; at most ${limits.maxArchiveBytes} bytes are allowed.`,
    })
  }
  const declared = readDirectory(archive, limits)
  const inflated = inflateCounting(archive, declared, limits)
  return new Map([...inflated].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function readDirectory(archive: Uint8Array, limits: BundleLimits): DeclaredEntry[] {
  const entries: DeclaredEntry[] = []
  const seen = new Set<string>()
  try {
    unzipSync(archive, {
      filter(file) {
        if (entries.length >= limits.maxEntries) {
          throw unsafe('blueprint.tooManyEntries', {
            de: `Das Archiv hat mehr als ${limits.maxEntries} Einträge.`,
            en: `The archive has more than ${limits.maxEntries} entries.`,
          })
        }
        checkPath(file.name, seen)
        if (file.compression !== STORED && file.compression !== DEFLATE) {
          throw unsafe(
            'blueprint.unsupportedCompression',
            {
              de: `„${file.name}“ ist mit Verfahren ${file.compression} komprimiert; nur „stored“ (0) und „deflate“ (8) werden gelesen.`,
              en: `"${file.name}" uses compression method ${file.compression}; only stored (0) and deflate (8) are read.`,
            },
            file.name
          )
        }
        entries.push({
          path: file.name,
          compressedSize: file.size,
          originalSize: file.originalSize,
        })
        return false
      },
    })
  } catch (error) {
    throw error instanceof BlueprintError ? error : corrupt(error)
  }
  let total = 0
  for (const entry of entries) {
    if (entry.originalSize > limits.maxEntryBytes) throw entryTooLarge(entry.path, limits)
    const ratio = entry.originalSize / Math.max(1, entry.compressedSize)
    if (entry.originalSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
      throw unsafe(
        'blueprint.compressionRatio',
        {
          de: `„${entry.path}“ würde auf das ${Math.round(ratio)}-Fache entpackt (erlaubt: ${limits.maxCompressionRatio}); das Archiv wird als Zip-Bombe abgelehnt.`,
          en: `"${entry.path}" would expand ${Math.round(ratio)}-fold (allowed: ${limits.maxCompressionRatio}); the archive is refused as a zip bomb.`,
        },
        entry.path
      )
    }
    total += entry.originalSize
  }
  if (total > limits.maxTotalBytes) throw totalTooLarge(limits)
  return entries
}

function checkPath(path: string, seen: Set<string>): void {
  if (!isSafeEntryPath(path)) {
    throw unsafe(
      'blueprint.unsafePath',
      {
        de: `Der Eintrag „${path}“ hat einen unzulässigen Pfad (absolut, mit „..“, Laufwerk, Backslash, Ordnereintrag oder Sonderzeichen); so könnte er außerhalb des Zielordners landen.`,
        en: `The entry "${path}" has a forbidden path (absolute, with "..", a drive, a backslash, a folder entry or special characters); it could end up outside the target folder.`,
      },
      path
    )
  }
  const key = collisionKey(path)
  if (seen.has(key)) {
    throw unsafe(
      'blueprint.duplicateEntry',
      {
        de: `Der Eintrag „${path}“ kommt doppelt vor (Groß-/Kleinschreibung zählt nicht).`,
        en: `The entry "${path}" occurs twice (ignoring case).`,
      },
      path
    )
  }
  seen.add(key)
}

function inflateCounting(
  archive: Uint8Array,
  declared: readonly DeclaredEntry[],
  limits: BundleLimits
): Map<string, Uint8Array> {
  const expected = new Map(declared.map((entry) => [entry.path, entry.originalSize]))
  const chunksByPath = new Map<string, Uint8Array[]>()
  const sizes = new Map<string, number>()
  let total = 0
  let failure: unknown
  const unzip = new Unzip((file) => {
    if (!expected.has(file.name) || chunksByPath.has(file.name)) {
      failure ??= corrupt(new Error(`local entry ${file.name} not in the central directory`))
      return
    }
    const chunks: Uint8Array[] = []
    chunksByPath.set(file.name, chunks)
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
      if (size > limits.maxEntryBytes) failure = entryTooLarge(file.name, limits)
      else if (size > (expected.get(file.name) ?? 0)) failure = sizeMismatch(file.name)
      else if (total > limits.maxTotalBytes) failure = totalTooLarge(limits)
      else chunks.push(chunk)
      if (failure !== undefined) file.terminate()
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let offset = 0; offset < archive.length && failure === undefined;) {
      const end = Math.min(offset + INFLATE_STEP_BYTES, archive.length)
      unzip.push(archive.subarray(offset, end), end === archive.length)
      offset = end
    }
  } catch (error) {
    failure ??= corrupt(error)
  }
  if (failure !== undefined) throw failure
  const result = new Map<string, Uint8Array>()
  for (const [path, size] of expected) {
    const chunks = chunksByPath.get(path)
    if (chunks === undefined || sizes.get(path) !== size) throw sizeMismatch(path)
    result.set(path, concat(chunks, size))
  }
  return result
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function unsafe(code: string, message: Problem['message'], file?: string): BlueprintError {
  return new BlueprintError('unsafeArchive', [
    blueprintProblem(code, message, file !== undefined ? { file } : {}),
  ])
}

function corrupt(cause: unknown): BlueprintError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return unsafe('blueprint.corruptArchive', {
    de: `Das Archiv ist kein lesbares Zip (${detail}).`,
    en: `The archive is not a readable zip (${detail}).`,
  })
}

function entryTooLarge(path: string, limits: BundleLimits): BlueprintError {
  return unsafe(
    'blueprint.entryTooLarge',
    {
      de: `„${path}“ ist entpackt größer als ${limits.maxEntryBytes} Byte.`,
      en: `"${path}" is larger than ${limits.maxEntryBytes} bytes uncompressed.`,
    },
    path
  )
}

function totalTooLarge(limits: BundleLimits): BlueprintError {
  return unsafe('blueprint.totalTooLarge', {
    de: `Das Archiv würde auf mehr als ${limits.maxTotalBytes} Byte entpackt.`,
    en: `The archive would expand to more than ${limits.maxTotalBytes} bytes.`,
  })
}

function sizeMismatch(path: string): BlueprintError {
  return unsafe(
    'blueprint.sizeMismatch',
    {
      de: `„${path}“ ergibt entpackt eine andere Größe, als das Inhaltsverzeichnis des Archivs angibt; das Archiv ist beschädigt oder manipuliert.`,
      en: `"${path}" inflates to a different size than the archive's directory declares; the archive is damaged or tampered with.`,
    },
    path
  )
}
