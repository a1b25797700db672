import { describe, expect, it } from 'vitest'
import { asJson, jsonChanges } from './jsonChanges'

describe('jsonChanges', () => {
  it('writes only the fields that differ, nested', () => {
    const before = { name: 'A', leistung: { schluessel: '1', art: 'x' }, tags: ['a', 'b'] }
    const after = { name: 'A', leistung: { schluessel: '2', art: 'x' }, tags: ['a', 'c'] }
    expect(jsonChanges(before, after)).toEqual([
      { path: ['leistung', 'schluessel'], value: '2' },
      { path: ['tags', 1], value: 'c' },
    ])
  })

  it('adds and removes fields, and writes arrays of another length whole', () => {
    expect(jsonChanges({ a: 1, b: [1] }, { b: [1, 2], c: true })).toEqual([
      { path: ['b'], value: [1, 2] },
      { path: ['c'], value: true },
      { path: ['a'], value: undefined },
    ])
  })

  it('writes nothing for equal values and the whole value for a change of type', () => {
    expect(jsonChanges({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toEqual([])
    expect(jsonChanges({ a: 1 }, [1])).toEqual([{ path: [], value: [1] }])
  })

  it('drops undefined fields as JSON does, and refuses what is not JSON', () => {
    expect(asJson({ a: undefined, b: 1 })).toEqual({ b: 1 })
    expect(() => asJson(undefined)).toThrow(/not representable as JSON/)
  })
})
