import semver from 'semver'

/**
 * Version numbers of building blocks are plain `MAJOR.MINOR.PATCH` (no pre-release, no build
 * metadata, no `v` prefix): a catalogue entry is either published or a draft, so pre-release tags
 * would only add a second, competing way to say "not final". Each part has at most six digits, as in
 * the metadata schema (`$defs/semver`), so a version that passes here also passes the schema.
 */
const PLAIN_VERSION = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/

export type BumpKind = 'major' | 'minor' | 'patch'

export function isVersion(value: string): boolean {
  return PLAIN_VERSION.test(value)
}

/** Throws on anything that is not a plain version: callers validate user input with `isVersion` first. */
function assertVersion(value: string): void {
  if (!isVersion(value)) {
    throw new TypeError(`Not a plain MAJOR.MINOR.PATCH version: "${value}"`)
  }
}

/** Orders two plain versions: negative if `a` is lower, 0 if equal, positive if higher. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  assertVersion(a)
  assertVersion(b)
  return semver.compare(a, b)
}

/** The next version of the given kind: 1.4.2 → major 2.0.0, minor 1.5.0, patch 1.4.3. */
export function bumpVersion(version: string, kind: BumpKind): string {
  assertVersion(version)
  const next = semver.inc(version, kind)
  // semver.inc only returns null for invalid input, which assertVersion already excluded.
  if (next === null) throw new TypeError(`Cannot bump "${version}"`)
  return next
}

/** The highest plain version in the list; other strings are ignored. `undefined` if there is none. */
export function highestVersion(versions: readonly string[]): string | undefined {
  let highest: string | undefined
  for (const version of versions) {
    if (!isVersion(version)) continue
    if (highest === undefined || semver.gt(version, highest)) highest = version
  }
  return highest
}

/** Which part changed between two versions (the most significant one), or `undefined` if equal. */
export function bumpBetween(from: string, to: string): BumpKind | undefined {
  assertVersion(from)
  assertVersion(to)
  if (semver.major(from) !== semver.major(to)) return 'major'
  if (semver.minor(from) !== semver.minor(to)) return 'minor'
  if (semver.patch(from) !== semver.patch(to)) return 'patch'
  return undefined
}
