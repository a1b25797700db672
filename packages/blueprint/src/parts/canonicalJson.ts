/**
 * JSON with object keys sorted at every level, two-space indented, with a final newline: the same
 * value always gives the same bytes, which is what makes bundles byte-identical across exports.
 * Array order is kept (it carries meaning: form fields, steps, rules).
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key]
      if (entry !== undefined) sorted[key] = sortKeys(entry)
    }
    return sorted
  }
  return value
}
