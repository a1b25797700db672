/**
 * Suggests what a mistyped name was meant to be ("bauplan/named-flow-node" → "bauplan/named-flow-nodes",
 * "warn" → "warning"). Case, umlaut spelling and separators do not count as differences.
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(input)
  // Short names tolerate one edit, longer ones a few; more would suggest unrelated names.
  const tolerance = wanted.length <= 4 ? 1 : wanted.length <= 12 ? 2 : 3
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    const normalized = normalize(candidate)
    if (Math.abs(normalized.length - wanted.length) > tolerance) continue
    const distance = editDistance(wanted, normalized)
    if (distance > tolerance) continue
    if (!best || distance < best.distance) best = { name: candidate, distance }
  }
  return best?.name
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[\s_-]/g, '')
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
