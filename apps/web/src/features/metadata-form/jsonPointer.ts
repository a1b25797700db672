/** A path into the metadata: object keys and array indexes, as the form walks them. */
export type FieldPath = readonly (string | number)[]

/** RFC 6901 pointer of a path, the form the domain's problems use (`/leistungen/0/leistungsschluessel`). */
export function pointerOf(path: FieldPath): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes an object key (so an
 * emptied optional field disappears instead of being stored as ""), and missing containers on the
 * way are created. Arrays keep their length: removing an item is `removeItem`.
 */
export function setAt(root: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : []
    list[head] = setAt(list[head], rest, value)
    return list
  }
  const object: Record<string, unknown> =
    typeof root === 'object' && root !== null && !Array.isArray(root)
      ? { ...(root as Record<string, unknown>) }
      : {}
  const next = setAt(object[head], rest, value)
  if (next === undefined) delete object[head]
  else object[head] = next
  return object
}

export function removeItem(root: unknown, path: FieldPath, index: number): unknown {
  const list = getAt(root, path)
  if (!Array.isArray(list)) return root
  return setAt(
    root,
    path,
    list.filter((_, i) => i !== index)
  )
}

export function getAt(root: unknown, path: FieldPath): unknown {
  let current = root
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[part]
  }
  return current
}

/**
 * A DOM id for the control of a pointer. Pointers are unique per field, so the ids are too; the
 * characters ids should not contain are spelled out so two pointers never collide.
 */
export function fieldId(pointer: string): string {
  return `metadata${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`
}
