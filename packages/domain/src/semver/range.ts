import semver from 'semver'
import { isVersion } from './version'

/**
 * Version ranges in references between building blocks use npm's range syntax (`^1.2.0`,
 * `~1.2.0`, `>=1.0.0 <3.0.0`, `1.x`, `1.0.0 - 1.4.0`, `||`), restricted to plain versions:
 * pre-release and build suffixes are refused because the catalogue never publishes such versions,
 * and a range that mentions one would silently match nothing. A generous length cap keeps a
 * hostile model from handing the range parser megabytes.
 */
const MAX_RANGE_LENGTH = 256
const RANGE_CHARACTERS = /^[0-9xX*.^~<>=|\s-]+$/
// A hyphen glued to a version part starts a pre-release tag; hyphen ranges need spaces around it.
const PRE_RELEASE = /[0-9xX*]-/

export function isValidRange(range: string): boolean {
  const trimmed = range.trim()
  if (trimmed === '' || trimmed.length > MAX_RANGE_LENGTH) return false
  if (!RANGE_CHARACTERS.test(trimmed) || PRE_RELEASE.test(trimmed)) return false
  return semver.validRange(trimmed) !== null
}

/** True if `version` is a plain version inside `range`; false for anything invalid. */
export function satisfiesRange(version: string, range: string): boolean {
  if (!isVersion(version) || !isValidRange(range)) return false
  return semver.satisfies(version, range.trim())
}

/** The highest plain version in `versions` that lies in `range`, or `undefined` if none does. */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  if (!isValidRange(range)) return undefined
  const candidates = versions.filter(isVersion)
  return semver.maxSatisfying(candidates, range.trim()) ?? undefined
}
