// One problem per finding, in document order, so a list reads top to bottom like the file.
import type { Problem } from '../problem'
import { pointerSegments } from './jsonPointer'

export function dedupeAndSortProblems(problems: readonly Problem[]): Problem[] {
  const unique = new Map<string, Problem>()
  for (const problem of problems) {
    const key = JSON.stringify([problem.code, problem.pointer ?? null, problem.message.de])
    if (!unique.has(key)) unique.set(key, problem)
  }
  return [...unique.values()].sort(
    (a, b) =>
      comparePointers(a.pointer, b.pointer) ||
      a.code.localeCompare(b.code) ||
      a.message.de.localeCompare(b.message.de)
  )
}

/** Compares pointers segment by segment, numbers numerically: `/felder/2` before `/felder/10`. */
export function comparePointers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return -1
  if (b === undefined) return 1
  const left = pointerSegments(a)
  const right = pointerSegments(b)
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? ''
    const y = right[i] ?? ''
    if (x === y) continue
    const bothIndices = /^[0-9]+$/.test(x) && /^[0-9]+$/.test(y)
    return bothIndices ? Number(x) - Number(y) : x < y ? -1 : 1
  }
  return left.length - right.length
}
