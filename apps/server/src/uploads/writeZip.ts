/**
 * Packs a version's folder as a zip that is byte-for-byte the same every time: entries sorted by
 * name, one fixed timestamp, one compression level. A published version's download can then be
 * compared or cached by hash like its content hash.
 */
import { zipSync, type Zippable } from 'fflate'

/**
 * Zip timestamps are DOS local time; building the date from local components makes fflate write
 * 1980-01-01 00:00 (the earliest DOS date) whatever the server's time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0)
const LEVEL = 6

const encoder = new TextEncoder()

export function zipFolder(files: Readonly<Record<string, string>>): Uint8Array {
  const entries: Zippable = {}
  for (const name of Object.keys(files).sort()) {
    entries[name] = [encoder.encode(files[name] ?? ''), { mtime: FIXED_MTIME, level: LEVEL }]
  }
  return zipSync(entries, { mtime: FIXED_MTIME, level: LEVEL })
}
