import { describe, expect, it } from 'vitest'
import { whereUsed } from './whereUsed'

const edges = new Map<string, string[]>([
  ['verfahren-1', ['identitaet', 'zahlung']],
  ['verfahren-2', ['identitaet']],
  ['zahlung', ['identitaet']],
  ['portal', ['verfahren-1']],
])

describe('whereUsed', () => {
  it('lists the direct callers, sorted', () => {
    expect(whereUsed(edges, 'identitaet')).toEqual(['verfahren-1', 'verfahren-2', 'zahlung'])
    expect(whereUsed(edges, 'zahlung')).toEqual(['verfahren-1'])
  })

  it('lists indirect callers with transitive', () => {
    expect(whereUsed(edges, 'identitaet', { transitive: true })).toEqual([
      'portal',
      'verfahren-1',
      'verfahren-2',
      'zahlung',
    ])
  })

  it('is empty for an unused or unknown block and never lists the block itself', () => {
    expect(whereUsed(edges, 'portal')).toEqual([])
    expect(whereUsed(edges, 'nope')).toEqual([])
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['a']],
    ])
    expect(whereUsed(cyclic, 'a', { transitive: true })).toEqual(['b'])
  })
})
