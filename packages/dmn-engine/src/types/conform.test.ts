import { evaluate } from 'feelin'
import { describe, expect, it } from 'vitest'
import { compileUnaryTests } from '../feel/compileUnaryTests'
import { conform } from './conform'
import type { FeelType } from './feelType'
import { isInstance } from './instanceOf'
import { TypeRegistry } from './typeRegistry'

const number: FeelType = { kind: 'builtin', name: 'number' }

describe('conform', () => {
  it('accepts null for every type and checks built-in types', () => {
    expect(conform(null, number)).toEqual({ ok: true, value: null })
    expect(conform(1, number)).toEqual({ ok: true, value: 1 })
    expect(conform('1', number).ok).toBe(false)
    expect(
      conform(evaluate('@"P1Y"').value, { kind: 'builtin', name: 'years and months duration' }).ok
    ).toBe(true)
    expect(
      conform(evaluate('@"P1D"').value, { kind: 'builtin', name: 'years and months duration' }).ok
    ).toBe(false)
  })

  it('converts singleton lists to and from their element', () => {
    expect(conform([5], number)).toEqual({ ok: true, value: 5 })
    expect(conform(5, { kind: 'list', element: number })).toEqual({ ok: true, value: [5] })
    expect(conform([1, 'x'], { kind: 'list', element: number }).ok).toBe(false)
  })

  it('checks allowed values and components', () => {
    const percent: FeelType = {
      kind: 'constrained',
      base: number,
      allowedValues: compileUnaryTests('[0..100]', []),
      name: 'tPercent',
    }
    expect(conform(50, percent).ok).toBe(true)
    expect(conform(150, percent)).toEqual({
      ok: false,
      reason: '150 is not an allowed value of tPercent',
    })
    const person: FeelType = { kind: 'context', entries: new Map([['age', number]]) }
    expect(conform({ age: 3, extra: true }, person)).toEqual({
      ok: true,
      value: { age: 3, extra: true },
    })
    expect(conform({ age: 'x' }, person).ok).toBe(false)
  })
})

describe('item definitions', () => {
  const registry = new TypeRegistry([
    {
      name: 'tScore',
      typeRef: 'number',
      isCollection: false,
      allowedValues: '[0..10]',
      components: [],
    },
    { name: 'tScores', typeRef: 'tScore', isCollection: true, components: [] },
    {
      name: 'tPerson',
      isCollection: false,
      components: [{ name: 'name', typeRef: 'string', isCollection: false, components: [] }],
    },
  ])

  it('resolves names, collections and DMN 1.1 aliases', () => {
    expect(registry.resolve('dateTime')).toEqual({ kind: 'builtin', name: 'date and time' })
    expect(registry.resolve('feel:number')).toEqual(number)
    expect(registry.resolve(undefined)).toEqual({ kind: 'any' })
    expect(registry.resolve('tNope')).toEqual({ kind: 'unknown', name: 'tNope' })
    expect(conform([1, 11], registry.resolve('tScores')).ok).toBe(false)
    expect(conform([1, 10], registry.resolve('tScores')).ok).toBe(true)
  })

  it('instance of ignores allowed values and allows extra context entries', () => {
    expect(isInstance(11, registry.resolve('tScore'))).toBe(true)
    expect(isInstance('11', registry.resolve('tScore'))).toBe(false)
    expect(isInstance({ name: 'Ada', age: 3 }, registry.resolve('tPerson'))).toBe(true)
    expect(isInstance({ age: 3 }, registry.resolve('tPerson'))).toBe(false)
    expect(isInstance(null, registry.resolve('tPerson'))).toBe(false)
  })
})
