import { describe, expect, it } from 'vitest'
import { completeLevels, levelChanges } from './levelChanges'
import type { RuleCatalogueEntry, RuleConfigurationRevision } from './rulesApi'

const catalogue: RuleCatalogueEntry[] = [
  { name: 'a', target: 'bpmn', defaultLevel: 'error', title: { de: 'A', en: 'A' } },
  { name: 'b', target: 'metadata', defaultLevel: 'warning', title: { de: 'B', en: 'B' } },
]

function revision(revision: number, rules: RuleConfigurationRevision['rules']) {
  return { revision, rules, changedAt: null, changedBy: null, comment: null }
}

describe('levelChanges', () => {
  it('compares the first revision with the default levels', () => {
    expect(levelChanges(revision(1, { a: 'off', b: 'warning' }), undefined, catalogue)).toEqual([
      { rule: 'a', from: 'error', to: 'off' },
    ])
  })

  it('lists only rules whose level changed, treating a missing rule as its default', () => {
    const first = revision(1, { a: 'off' })
    const second = revision(2, { a: 'warning', b: 'error' })
    expect(levelChanges(second, first, catalogue)).toEqual([
      { rule: 'a', from: 'off', to: 'warning' },
      { rule: 'b', from: 'warning', to: 'error' },
    ])
    expect(levelChanges(first, first, catalogue)).toEqual([])
  })
})

describe('completeLevels', () => {
  it('fills rules the configuration leaves out with their defaults and drops unknown names', () => {
    expect(completeLevels({ b: 'off', gone: 'error' }, catalogue)).toEqual({ a: 'error', b: 'off' })
  })
})
