import type { Problem } from '../problem'
import type { ReferenceProblemOptions } from './bausteinRef'

/** Edges of the reference graph: block id → ids of the blocks it calls. */
export type ReferenceEdges = ReadonlyMap<string, readonly string[]>

/** Enough for any real catalogue; stops a pathological graph from enumerating without end. */
const DEFAULT_MAX_CYCLES = 1000

/**
 * Every elementary cycle of the reference graph, each exactly once (Johnson's algorithm, so the
 * work stays proportional to the cycles found). A cycle is listed from its smallest id, without
 * repeating it at the end: `['a', 'b']` means a → b → a; a block calling itself is `['a']`. Cycles
 * are sorted by their ids, element by element, so the result is the same whatever the map order.
 */
export function findCycles(edges: ReferenceEdges, maxCycles = DEFAULT_MAX_CYCLES): string[][] {
  const adjacency = normalise(edges)
  const nodes = [...adjacency.keys()].sort(compareIds)
  const cycles: string[][] = []
  for (let start = 0; start < nodes.length && cycles.length < maxCycles; start++) {
    const allowed = new Set(nodes.slice(start))
    const component = componentOf(nodes[start] as string, adjacency, allowed)
    enumerateCircuits(nodes[start] as string, adjacency, component, cycles, maxCycles)
  }
  return cycles.sort(compareCycles)
}

/** One `ref.cycle` error per cycle: a block must never (indirectly) call itself. */
export function cycleProblems(
  cycles: readonly string[][],
  options: ReferenceProblemOptions = {}
): Problem[] {
  return cycles.map((cycle) => {
    const path = [...cycle, cycle[0]].join(' → ')
    return {
      code: 'ref.cycle',
      severity: 'error',
      message: {
        de: `Zyklische Referenz: ${path}. Ein Baustein darf sich nicht (über andere Bausteine) selbst aufrufen; die Auflösung und der Export würden nie enden.`,
        en: `Cyclic reference: ${path}. A block must not call itself (through other blocks); resolution and export would never end.`,
      },
      ...(options.file !== undefined ? { file: options.file } : {}),
    }
  })
}

function normalise(edges: ReferenceEdges): Map<string, string[]> {
  const adjacency = new Map<string, string[]>()
  for (const [from, targets] of edges) {
    adjacency.set(from, [...new Set([...(adjacency.get(from) ?? []), ...targets])])
    for (const target of targets) if (!adjacency.has(target)) adjacency.set(target, [])
  }
  for (const [from, targets] of adjacency) adjacency.set(from, targets.sort(compareIds))
  return adjacency
}

/** Nodes of the strongly connected component of `start` within `allowed` (forward ∩ backward reach). */
function componentOf(
  start: string,
  adjacency: Map<string, string[]>,
  allowed: Set<string>
): Set<string> {
  const forward = reach(start, (node) => adjacency.get(node) ?? [], allowed)
  const reverse = new Map<string, string[]>()
  for (const node of forward) {
    for (const target of adjacency.get(node) ?? []) {
      if (forward.has(target)) reverse.set(target, [...(reverse.get(target) ?? []), node])
    }
  }
  return reach(start, (node) => reverse.get(node) ?? [], forward)
}

function reach(
  start: string,
  next: (node: string) => readonly string[],
  allowed: Set<string>
): Set<string> {
  const seen = new Set([start])
  const stack = [start]
  while (stack.length > 0) {
    for (const target of next(stack.pop() as string)) {
      if (allowed.has(target) && !seen.has(target)) {
        seen.add(target)
        stack.push(target)
      }
    }
  }
  return seen
}

/** Johnson's circuit search from `start`, restricted to its component. */
function enumerateCircuits(
  start: string,
  adjacency: Map<string, string[]>,
  component: Set<string>,
  cycles: string[][],
  maxCycles: number
): void {
  const blocked = new Set<string>()
  const blockedBy = new Map<string, Set<string>>()
  const path: string[] = []

  const unblock = (node: string): void => {
    const pending = [node]
    while (pending.length > 0) {
      const current = pending.pop() as string
      if (!blocked.delete(current)) continue
      const waiting = blockedBy.get(current)
      if (waiting) {
        blockedBy.delete(current)
        pending.push(...waiting)
      }
    }
  }

  const circuit = (node: string): boolean => {
    let found = false
    path.push(node)
    blocked.add(node)
    for (const target of adjacency.get(node) ?? []) {
      if (!component.has(target) || cycles.length >= maxCycles) continue
      if (target === start) {
        cycles.push([...path])
        found = true
      } else if (!blocked.has(target) && circuit(target)) {
        found = true
      }
    }
    if (found) unblock(node)
    else {
      for (const target of adjacency.get(node) ?? []) {
        if (!component.has(target)) continue
        const waiting = blockedBy.get(target) ?? new Set<string>()
        waiting.add(node)
        blockedBy.set(target, waiting)
      }
    }
    path.pop()
    return found
  }

  circuit(start)
}

function compareCycles(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIds(a[i] as string, b[i] as string)
    if (order !== 0) return order
  }
  return a.length - b.length
}

/** Plain code-unit order: locale-independent, so every machine lists cycles the same way. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
