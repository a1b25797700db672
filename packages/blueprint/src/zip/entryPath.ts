/**
 * Paths inside a bundle: relative, '/'-separated, each segment a plain name. Anything that could
 * point outside the folder a bundle is unpacked into (zip slip: `..`, absolute paths, drive letters,
 * backslashes) or that file systems treat differently (control characters, empty segments,
 * trailing dots) is refused, for writing as well as for reading.
 */
const SEGMENT = /^[A-Za-z0-9_@+-][A-Za-z0-9_@+.-]{0,199}$/
const MAX_PATH_LENGTH = 400

export function isSafeEntryPath(path: string): boolean {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) return false
  const segments = path.split('/')
  return segments.every(
    (segment) => SEGMENT.test(segment) && !segment.endsWith('.') && segment !== '..'
  )
}

/** Two paths that collide on a case-insensitive file system (Windows, macOS) count as the same. */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase()
}
