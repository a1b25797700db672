import { zipSync, type Zippable } from 'fflate'
import type { BundleFile } from '../model/exportTypes'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import { collisionKey, isSafeEntryPath } from './entryPath'

/**
 * The fixed modification time of every entry. fflate converts it to a DOS time with the LOCAL
 * clock, so it is built from local components: 1980-01-01 00:00 in every time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0)
/** Deflate level; part of the format's determinism (a different level gives different bytes). */
const LEVEL = 6

/**
 * A deterministic zip: entries sorted by path (code-unit order), fixed mtime, MS-DOS attributes,
 * one compression level, no comments or extra fields. Same files → same bytes, on any machine.
 */
export function writeDeterministicZip(files: readonly BundleFile[]): Uint8Array {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const seen = new Set<string>()
  const entries: Zippable = {}
  for (const file of sorted) {
    if (!isSafeEntryPath(file.path) || seen.has(collisionKey(file.path))) {
      throw new BlueprintError('invalidBundle', [
        blueprintProblem('blueprint.badEntryPath', {
          de: `Die Bundle-Datei „${file.path}“ hat keinen zulässigen Pfad oder kommt doppelt vor.`,
          en: `The bundle file "${file.path}" has no valid path or occurs twice.`,
        }),
      ])
    }
    seen.add(collisionKey(file.path))
    entries[file.path] = [file.content, { level: LEVEL, mtime: FIXED_MTIME, os: 0, attrs: 0 }]
  }
  // Object keys that look like array indices would be reordered by the engine; refuse rather than
  // silently write another order.
  if (Object.keys(entries).join('\n') !== sorted.map((f) => f.path).join('\n')) {
    throw new Error('zip entry order changed: a path looks like an array index')
  }
  return zipSync(entries)
}
