import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import { collisionKey, isSafeEntryPath } from './entryPath'
import type { ZipLimits } from './limits'
import { ZipRefusal, type ZipRefusalReason } from './zipRefusal'

/**
 * Compressed bytes fed to the inflater per step. Deflate expands at most ~1000×, so one step yields
 * at most ~4 MiB before the limits are checked again, below every per-entry limit in use.
 */
const INFLATE_STEP_BYTES = 4096
const STORED = 0
const DEFLATE = 8

/** What a caller accepts; the defaults are the strict rules of bundle archives. */
export interface ZipReadRules {
  limits: ZipLimits
  /** Which entry paths are accepted (zip slip); default: bundle paths, see isSafeEntryPath. */
  isSafePath?: (path: string) => boolean
  /** Paths with the same key are one entry twice; default: equal ignoring case (collisionKey). */
  sameEntryKey?: (path: string) => string
  /**
   * A further check of each safe path before anything is inflated, e.g. the file types a caller
   * takes. What it throws passes through unchanged.
   */
  checkEntry?: (path: string) => void
  /**
   * Whether an entry that inflates past its declared size is refused at once as `sizeMismatch`
   * (default), or inflated on until the entry or total limit stops it, so a lying bomb is
   * reported as too large (the folder upload's 413) and only smaller lies as a mismatch.
   */
  stopAtDeclaredSize?: boolean
}

interface DeclaredEntry {
  path: string
  compressedSize: number
  originalSize: number
}

/**
 * Reads a zip archive without trusting it, in two phases. First the central directory: archive
 * size, entry count, every path (zip slip, absolute, duplicates), compression methods, declared
 * sizes and compression ratios — all before a byte is inflated. Then the entries are inflated in
 * small steps while the real output is counted against the same limits and must equal the
 * declared size. Returns path → bytes in the order of the central directory; refusals are thrown
 * as ZipRefusal.
 */
export function readZipSafely(archive: Uint8Array, rules: ZipReadRules): Map<string, Uint8Array> {
  const { limits } = rules
  if (archive.length > limits.maxArchiveBytes) {
    throw refusal({ kind: 'archiveTooLarge', size: archive.length, limit: limits.maxArchiveBytes })
  }
  const declared = readDirectory(archive, rules)
  return inflateCounting(archive, declared, rules)
}

function readDirectory(archive: Uint8Array, rules: ZipReadRules): DeclaredEntry[] {
  const { limits } = rules
  const isSafePath = rules.isSafePath ?? isSafeEntryPath
  const sameEntryKey = rules.sameEntryKey ?? collisionKey
  const entries: DeclaredEntry[] = []
  const seen = new Set<string>()
  // A throw from the filter leaves unzipSync just like fflate's own parse errors do; only the
  // latter mean `corrupt`, ours and the caller's pass through, so remember who stopped the walk.
  let stoppedBy: unknown
  try {
    unzipSync(archive, {
      filter(file) {
        try {
          if (entries.length >= limits.maxEntries) {
            throw refusal({ kind: 'tooManyEntries', limit: limits.maxEntries })
          }
          if (!isSafePath(file.name)) throw refusal({ kind: 'unsafePath', path: file.name })
          rules.checkEntry?.(file.name)
          const key = sameEntryKey(file.name)
          if (seen.has(key)) throw refusal({ kind: 'duplicateEntry', path: file.name })
          seen.add(key)
          if (file.compression !== STORED && file.compression !== DEFLATE) {
            throw refusal({
              kind: 'unsupportedCompression',
              path: file.name,
              method: file.compression,
            })
          }
        } catch (error) {
          stoppedBy = error
          throw error
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
    throw stoppedBy ?? refusal({ kind: 'corrupt', cause: error })
  }
  let total = 0
  for (const entry of entries) {
    if (entry.originalSize > limits.maxEntryBytes) throw entryTooLarge(entry.path, limits)
    const ratio = entry.originalSize / Math.max(1, entry.compressedSize)
    if (entry.originalSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
      throw refusal({
        kind: 'compressionRatio',
        path: entry.path,
        ratio,
        limit: limits.maxCompressionRatio,
      })
    }
    total += entry.originalSize
  }
  if (total > limits.maxTotalBytes) throw totalTooLarge(limits)
  return entries
}

function inflateCounting(
  archive: Uint8Array,
  declared: readonly DeclaredEntry[],
  rules: ZipReadRules
): Map<string, Uint8Array> {
  const { limits } = rules
  const stopAtDeclaredSize = rules.stopAtDeclaredSize ?? true
  const expected = new Map(declared.map((entry) => [entry.path, entry.originalSize]))
  const chunksByPath = new Map<string, Uint8Array[]>()
  const sizes = new Map<string, number>()
  let total = 0
  let failure: ZipRefusal | undefined
  const unzip = new Unzip((file) => {
    if (!expected.has(file.name) || chunksByPath.has(file.name)) {
      failure ??= refusal({
        kind: 'corrupt',
        cause: new Error(`local entry ${file.name} not in the central directory`),
      })
      return
    }
    const chunks: Uint8Array[] = []
    chunksByPath.set(file.name, chunks)
    sizes.set(file.name, 0)
    file.ondata = (error, chunk) => {
      if (failure !== undefined) return
      if (error) {
        failure = refusal({ kind: 'corrupt', cause: error })
        return
      }
      const size = (sizes.get(file.name) ?? 0) + chunk.length
      sizes.set(file.name, size)
      total += chunk.length
      if (size > limits.maxEntryBytes) failure = entryTooLarge(file.name, limits)
      else if (stopAtDeclaredSize && size > (expected.get(file.name) ?? 0)) {
        failure = refusal({ kind: 'sizeMismatch', path: file.name })
      } else if (total > limits.maxTotalBytes) failure = totalTooLarge(limits)
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
    failure ??= refusal({ kind: 'corrupt', cause: error })
  }
  if (failure !== undefined) throw failure
  const result = new Map<string, Uint8Array>()
  for (const [path, size] of expected) {
    const chunks = chunksByPath.get(path)
    if (chunks === undefined) throw refusal({ kind: 'missingEntry', path })
    if (sizes.get(path) !== size) throw refusal({ kind: 'sizeMismatch', path })
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

function refusal(reason: ZipRefusalReason): ZipRefusal {
  return new ZipRefusal(reason)
}

function entryTooLarge(path: string, limits: ZipLimits): ZipRefusal {
  return refusal({ kind: 'entryTooLarge', path, limit: limits.maxEntryBytes })
}

function totalTooLarge(limits: ZipLimits): ZipRefusal {
  return refusal({ kind: 'totalTooLarge', limit: limits.maxTotalBytes })
}
