/**
 * JSON with keys sorted at every level, two-space indentation and a final newline. Bundles write
 * `baustein.json` this way, so the same metadata gives the same bytes whether it came from a folder,
 * from SQLite or from PostgreSQL (whose jsonb hands keys back in its own order).
 */
export function prettyCanonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = sortKeys(record[key])
  return sorted
}
