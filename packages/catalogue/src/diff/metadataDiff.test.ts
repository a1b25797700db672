import { describe, expect, it } from 'vitest'
import { diffMetadata } from './metadataDiff'

describe('diffMetadata', () => {
  it('recurses into objects and arrays and escapes pointer tokens', () => {
    const before = { a: 1, list: [{ x: 1 }, { x: 2 }], 'a/b~c': true, gone: 'weg' }
    const after = { a: 1, list: [{ x: 1 }, { x: 3 }, { x: 4 }], 'a/b~c': false, neu: null }
    expect(diffMetadata(before, after)).toEqual([
      { pointer: '/a~1b~0c', kind: 'changed', oldValue: true, newValue: false },
      { pointer: '/gone', kind: 'removed', oldValue: 'weg' },
      { pointer: '/list/1/x', kind: 'changed', oldValue: 2, newValue: 3 },
      { pointer: '/list/2', kind: 'added', newValue: { x: 4 } },
      { pointer: '/neu', kind: 'added', newValue: null },
    ])
  })

  it('reports a value that changes its kind once, at its own pointer', () => {
    expect(diffMetadata({ v: [1] }, { v: { 0: 1 } })).toEqual([
      { pointer: '/v', kind: 'changed', oldValue: [1], newValue: { 0: 1 } },
    ])
    expect(diffMetadata({ v: [1, 2] }, { v: [1] })).toEqual([
      { pointer: '/v/1', kind: 'removed', oldValue: 2 },
    ])
  })
})
