import { describe, expect, it } from 'vitest'
import type { Problem } from '../problem'
import { comparePointers, dedupeAndSortProblems } from './orderProblems'

const problem = (code: string, pointer: string | undefined, de = code): Problem => ({
  code,
  severity: 'error',
  pointer,
  message: { de, en: de },
})

describe('dedupeAndSortProblems', () => {
  it('sorts by pointer in document order, numbers numerically', () => {
    const sorted = dedupeAndSortProblems([
      problem('a', '/felder/10'),
      problem('a', '/felder/2/id'),
      problem('a', '/felder/2'),
      problem('a', '/bausteinart'),
      problem('json.syntax', undefined),
    ])
    expect(sorted.map((p) => p.pointer)).toEqual([
      undefined,
      '/bausteinart',
      '/felder/2',
      '/felder/2/id',
      '/felder/10',
    ])
  })

  it('keeps one of identical problems and orders same-pointer problems by code', () => {
    const sorted = dedupeAndSortProblems([
      problem('schema.type', '/x'),
      problem('schema.enum', '/x'),
      problem('schema.type', '/x'),
      problem('schema.type', '/x', 'other message'),
    ])
    expect(sorted.map((p) => `${p.code} ${p.message.de}`)).toEqual([
      'schema.enum schema.enum',
      'schema.type other message',
      'schema.type schema.type',
    ])
  })

  it('compares the decoded segments, not the escaped text', () => {
    // "a/b" sorts before "a0" although "~" sorts after "0".
    expect(comparePointers('/a~1b', '/a0')).toBeLessThan(0)
    expect(comparePointers('', '/a')).toBeLessThan(0)
  })
})
