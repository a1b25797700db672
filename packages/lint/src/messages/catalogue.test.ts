import { describe, expect, it } from 'vitest'
import { LINT_MESSAGES, renderLintMessage } from './catalogue'
import { fillTemplate } from './localize'

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').toLowerCase()).sort()
}

describe('the message catalogue', () => {
  it.each(Object.entries(LINT_MESSAGES))(
    '%s uses the same placeholders in German and English',
    (_key, text) => {
      expect(placeholders(text.de)).toEqual(placeholders(text.en))
      expect(text.de).not.toBe(text.en)
    }
  )

  it('capitalises a placeholder written with a capital letter and keeps unknown ones visible', () => {
    expect(
      fillTemplate('{Element} fehlt; {element} fehlt; {other}', { element: 'die Aufgabe' }, 'de')
    ).toBe('Die Aufgabe fehlt; die Aufgabe fehlt; {other}')
  })

  it('fills language-specific parameters in each language', () => {
    const element = { de: 'die Aufgabe „A“ (T)', en: 'the task "A" (T)' }
    expect(renderLintMessage('namedFlowNodes.missingName', { element })).toEqual({
      de: expect.stringMatching(/^Die Aufgabe „A“ \(T\) hat keinen Namen\./),
      en: expect.stringMatching(/^The task "A" \(T\) has no name\./),
    })
  })
})
