import { describe, expect, it } from 'vitest'
import { cycleProblems, findCycles } from './findCycles'

const graph = (entries: Record<string, string[]>) => new Map(Object.entries(entries))

describe('findCycles', () => {
  it('finds nothing in an acyclic graph', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([])
    expect(findCycles(new Map())).toEqual([])
  })

  it('finds a self-reference and a two-block cycle, each once', () => {
    expect(findCycles(graph({ a: ['a'] }))).toEqual([['a']])
    expect(findCycles(graph({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b']])
  })

  it('lists every elementary cycle once, from its smallest id, in sorted order', () => {
    // c → a → b → c, and a → c → a, and d → d; e hangs off without a cycle.
    const edges = graph({ c: ['a', 'e'], a: ['b', 'c'], b: ['c'], d: ['d'], e: [] })
    expect(findCycles(edges)).toEqual([['a', 'b', 'c'], ['a', 'c'], ['d']])
  })

  it('does not depend on map or edge order', () => {
    const one = graph({ a: ['b', 'c'], b: ['a', 'c'], c: ['a'] })
    const two = graph({ c: ['a'], b: ['c', 'a'], a: ['c', 'b'] })
    expect(findCycles(one)).toEqual(findCycles(two))
    expect(findCycles(one)).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'c'],
    ])
  })

  it('handles targets that are not keys and duplicate edges', () => {
    expect(findCycles(graph({ a: ['b', 'b', 'x'], b: ['a'] }))).toEqual([['a', 'b']])
  })

  it('counts cycles correctly in a complete graph and honours the cap', () => {
    const nodes = ['a', 'b', 'c', 'd']
    const complete = new Map(nodes.map((n) => [n, nodes.filter((m) => m !== n)]))
    // Elementary cycles of K4: 6 of length 2, 8 of length 3, 6 of length 4.
    expect(findCycles(complete)).toHaveLength(20)
    expect(findCycles(complete, 5)).toHaveLength(5)
  })
})

/** Plain depth-first enumeration from each smallest node: slow but obviously right, for comparison. */
function bruteForceCycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flat()])].sort()
  for (const start of nodes) {
    const walk = (path: string[]) => {
      for (const next of new Set(edges.get(path[path.length - 1] as string) ?? [])) {
        if (next === start) found.push([...path])
        else if (next > start && !path.includes(next)) walk([...path, next])
      }
    }
    walk([start])
  }
  return found
    .map((c) => c.join(' '))
    .sort()
    .map((c) => c.split(' '))
}

describe('findCycles against brute force', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees on random graph #%i', (seed) => {
    let state = seed * 7919
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const edges = new Map(nodes.map((n) => [n, nodes.filter(() => random() < 0.35)]))
    const sortedAsText = (cycles: string[][]) => cycles.map((c) => c.join(' ')).sort()
    expect(bruteForceCycles(edges).length).toBeGreaterThan(0)
    expect(sortedAsText(findCycles(edges))).toEqual(sortedAsText(bruteForceCycles(edges)))
  })
})

describe('cycleProblems', () => {
  it('reports each cycle as a closed path', () => {
    const problems = cycleProblems([['urn:x:a', 'urn:x:b']], { file: 'v.bpmn' })
    expect(problems).toMatchObject([{ code: 'ref.cycle', severity: 'error', file: 'v.bpmn' }])
    expect(problems[0]?.message.de).toContain('urn:x:a → urn:x:b → urn:x:a')
    expect(problems[0]?.message.en).toContain('urn:x:a → urn:x:b → urn:x:a')
  })
})
