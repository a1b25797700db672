import { describe, expect, it } from 'vitest'
import { LINT_RULES, LINT_RULE_NAMES } from './ruleCatalogue'

describe('the rule catalogue', () => {
  it('names every rule once, in the bauplan namespace', () => {
    expect(new Set(LINT_RULE_NAMES).size).toBe(LINT_RULES.length)
    for (const name of LINT_RULE_NAMES) expect(name).toMatch(/^bauplan\/[a-z]+(-[a-z]+)*$/)
  })

  it.each(LINT_RULES.map((rule) => [rule.name, rule] as const))(
    '%s has a title and a description in German and English for the configuration screen',
    (_name, rule) => {
      for (const text of [rule.title, rule.description]) {
        expect(text.de.trim().length).toBeGreaterThan(5)
        expect(text.en.trim().length).toBeGreaterThan(5)
        expect(text.de).not.toBe(text.en)
      }
      expect(rule.description.de.length).toBeGreaterThan(rule.title.de.length)
    }
  )
})
