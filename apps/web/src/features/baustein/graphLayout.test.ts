import { describe, expect, it } from 'vitest'
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH, wrapLabel, type GraphNodeInput } from './graphLayout'

const node = (key: string, label = key): GraphNodeInput => ({ key, label, href: `/${key}` })

describe('layoutGraph', () => {
  it('puts callers left, the block in the middle and called blocks right, without overlaps', () => {
    const layout = layoutGraph([node('a'), node('b')], node('me'), [
      node('x'),
      node('y'),
      node('z'),
    ])
    const byKey = new Map(layout.nodes.map((n) => [n.key, n]))
    const me = byKey.get('me')!
    expect(byKey.get('a')!.x).toBeLessThan(me.x)
    expect(byKey.get('x')!.x).toBeGreaterThan(me.x)
    const right = ['x', 'y', 'z'].map((k) => byKey.get(k)!)
    for (let i = 1; i < right.length; i++) {
      expect(right[i]!.y).toBeGreaterThanOrEqual(right[i - 1]!.y + NODE_HEIGHT)
    }
    // The middle box sits at the vertical centre of the tallest column.
    const centreOfRight = (right[0]!.y + right[2]!.y + NODE_HEIGHT) / 2
    expect(me.y + NODE_HEIGHT / 2).toBeCloseTo(centreOfRight)
    for (const n of layout.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width)
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
    }
  })

  it('draws one edge per caller into the block and one per called block out of it', () => {
    const layout = layoutGraph([node('a')], node('me'), [node('x'), node('y')])
    expect(layout.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['a->me', 'me->x', 'me->y'])
    const [first] = layout.edges
    expect(first!.d.startsWith(`M ${12 + NODE_WIDTH} `)).toBe(true)
  })

  it('lays out a block without relations as a single box', () => {
    const layout = layoutGraph([], node('me'), [])
    expect(layout.nodes).toHaveLength(1)
    expect(layout.edges).toHaveLength(0)
  })
})

describe('wrapLabel', () => {
  it('breaks at spaces and shortens what does not fit', () => {
    expect(wrapLabel('Gebühr berechnen und festsetzen', 20, 2)).toEqual([
      'Gebühr berechnen und',
      'festsetzen',
    ])
    expect(wrapLabel('Vorgang zur E-Akte nehmen und danach archivieren', 16, 2)).toEqual([
      'Vorgang zur',
      'E-Akte nehmen…',
    ])
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaft', 10, 2)).toEqual(['Donaudamp…'])
  })
})
