// Validation walks metadata recursively; absurdly deep (or, from JavaScript callers, cyclic) input
// would overflow the stack. Real metadata nests far less than the limit (a data field group inside
// a group adds two levels), so the limit only ever stops broken or hostile input.
import type { Problem } from '../problem'
import { joinPointer } from './jsonPointer'

export const BAUSTEIN_MAX_NESTING_DEPTH = 64

/** Pointer of the first value nested deeper than `maxDepth`, found without recursion. */
export function firstTooDeepPointer(data: unknown, maxDepth: number): string | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [
    { value: data, pointer: '', depth: 0 },
  ]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue
    if (item.depth >= maxDepth) return item.pointer
    for (const [key, child] of Object.entries(item.value)) {
      stack.push({ value: child, pointer: joinPointer(item.pointer, key), depth: item.depth + 1 })
    }
  }
  return undefined
}

export function nestingDepthProblem(data: unknown): Problem | undefined {
  const pointer = firstTooDeepPointer(data, BAUSTEIN_MAX_NESTING_DEPTH)
  if (pointer === undefined) return undefined
  return {
    code: 'baustein.tooDeep',
    severity: 'error',
    pointer,
    message: {
      de: `Die Metadaten sind zu tief verschachtelt (mehr als ${BAUSTEIN_MAX_NESTING_DEPTH} Ebenen); so tief verschachtelt ist kein sinnvoller Baustein. Bitte die Struktur prüfen.`,
      en: `The metadata is nested too deeply (more than ${BAUSTEIN_MAX_NESTING_DEPTH} levels); no sensible building block nests this deep. Please check the structure.`,
    },
  }
}
