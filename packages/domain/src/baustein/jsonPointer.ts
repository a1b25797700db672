// RFC 6901 JSON pointers: the one address format every problem uses to name a metadata field.

export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

export function joinPointer(parent: string, ...segments: (string | number)[]): string {
  return parent + segments.map((s) => `/${escapePointerSegment(String(s))}`).join('')
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** Follows a pointer into parsed JSON; undefined when the path does not exist. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let current: unknown = root
  for (const segment of pointerSegments(pointer)) {
    if (typeof current !== 'object' || current === null) return undefined
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}
