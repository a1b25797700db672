import { describe, expect, it } from 'vitest'
import { lintBaustein } from '../../runner/lintBaustein'
import { baustein, expectFinding, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/handlungsgrundlage'

describe('bauplan/handlungsgrundlage', () => {
  it('accepts a block that names its legal basis', async () => {
    expect(withCode(await lintBaustein({ metadata: baustein() }), RULE)).toEqual([])
  })

  it('requires a legal basis already in draft status, where the schema does not', async () => {
    const metadata = baustein({
      bausteinart: 'referenzprozess',
      freigabestatus: 3,
      handlungsgrundlagen: [],
    })
    const problems = withCode(await lintBaustein({ metadata }), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      pointer: '/handlungsgrundlagen',
      de: ['Der Baustein nennt keine Handlungsgrundlage', 'vor dem Einreichen'],
      en: ['The building block names no legal basis', 'before submitting'],
    })
  })

  it('only reminds a generic Prozessbaustein, whose caller supplies the legal basis', async () => {
    const metadata = baustein({ bausteinart: 'prozessbaustein', handlungsgrundlagen: [] })
    const problems = withCode(await lintBaustein({ metadata }), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      pointer: '/handlungsgrundlagen',
      de: ['Der Prozessbaustein nennt keine Handlungsgrundlage', 'aufrufenden Verfahrens'],
      en: ['The Prozessbaustein names no legal basis', 'calling procedure'],
    })
    const off = await lintBaustein({
      metadata,
      config: { rules: { [RULE]: 'off' } },
    })
    expect(withCode(off, RULE)).toEqual([])
  })

  it.each(['stammprozess', 'referenzprozess', 'musterprozess'] as const)(
    'holds a %s to the configured level',
    async (bausteinart) => {
      const metadata = baustein({ bausteinart, handlungsgrundlagen: [] })
      const problems = withCode(await lintBaustein({ metadata }), RULE)
      expect(problems.map((p) => p.severity)).toEqual(['error'])
    }
  )

  it('reports a legal basis whose name is only blanks', async () => {
    const metadata = baustein({ handlungsgrundlagen: [{ name: '§ 1 TestG' }, { name: '  ' }] })
    const problems = withCode(await lintBaustein({ metadata }), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      pointer: '/handlungsgrundlagen/1/name',
      de: ['Die Handlungsgrundlage /handlungsgrundlagen/1/name hat einen leeren Namen'],
      en: ['The legal basis /handlungsgrundlagen/1/name has an empty name'],
    })
  })
})
