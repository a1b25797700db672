/**
 * Removes properties whose value is `undefined`, recursively, so facts read the same after a JSON
 * round trip, `'name' in fact` means the name is set, and snapshots compare strictly.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T
  if (typeof value !== 'object' || value === null) return value
  const result: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) result[key] = withoutUndefined(entry)
  }
  return result as T
}
