// Suggests the known name a typo was meant to be ("verison" → "version"). German field names are
// written without umlauts (letzteAenderung), so "letzteÄnderung" must count as a near miss too.

/** Returns the candidate closest to `input`, or undefined when none is close enough to be a typo. */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const normalizedInput = normalize(input)
  // Short names tolerate one edit, longer ones two; more would suggest unrelated names.
  const tolerance = normalizedInput.length <= 4 ? 1 : 2
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    const normalizedCandidate = normalize(candidate)
    // The distance is at least the length difference; skipping early keeps huge inputs cheap.
    if (Math.abs(normalizedCandidate.length - normalizedInput.length) > tolerance) continue
    const distance = editDistance(normalizedInput, normalizedCandidate)
    if (distance > tolerance) continue
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && candidate < best.name)
    ) {
      best = { name: candidate, distance }
    }
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

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const columns = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1)
      }
      const row = d[i]
      if (row) row[j] = value
    }
  }
  return at(a.length, b.length)
}
