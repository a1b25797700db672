import type { ReferenceEdges } from './findCycles'

/**
 * The blocks that call `id` (reverse references), sorted. With `transitive`, also the blocks that
 * call those, and so on: everything an incompatible change to `id` can reach. `id` itself is never
 * listed, even if a cycle leads back to it.
 */
export function whereUsed(
  edges: ReferenceEdges,
  id: string,
  options: { transitive?: boolean } = {}
): string[] {
  const callers = new Map<string, Set<string>>()
  for (const [from, targets] of edges) {
    for (const target of targets) {
      const set = callers.get(target) ?? new Set<string>()
      set.add(from)
      callers.set(target, set)
    }
  }
  const found = new Set<string>()
  const pending = [id]
  while (pending.length > 0) {
    for (const caller of callers.get(pending.pop() as string) ?? []) {
      if (caller === id || found.has(caller)) continue
      found.add(caller)
      if (options.transitive) pending.push(caller)
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
