import { describe, expect, it } from 'vitest'
import { lintBaustein } from '../../runner/lintBaustein'
import { baustein, expectFinding, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/leistungsschluessel'
const LEISTUNG = { leistungsschluessel: '99050012104000', bezeichnung: 'Gewerbe anmelden' }

describe('bauplan/leistungsschluessel', () => {
  it('accepts a Referenzprozess with a Leistung and a Prozessbaustein without one', async () => {
    const referenz = baustein({ bausteinart: 'referenzprozess', leistungen: [LEISTUNG] })
    expect(withCode(await lintBaustein({ metadata: referenz }), RULE)).toEqual([])
    expect(withCode(await lintBaustein({ metadata: baustein() }), RULE)).toEqual([])
  })

  it.each(['stammprozess', 'referenzprozess'] as const)(
    'requires a Leistung of a %s',
    async (bausteinart) => {
      const metadata = baustein({ bausteinart, freigabestatus: 4 })
      const problems = withCode(await lintBaustein({ metadata }), RULE)
      expect(problems).toHaveLength(1)
      expectFinding(problems[0], {
        code: RULE,
        severity: 'error',
        pointer: '/leistungen',
        de: [
          `Ein ${bausteinart === 'stammprozess' ? 'Stammprozess' : 'Referenzprozess'} braucht mindestens eine Leistung`,
        ],
        en: ['needs at least one Leistung', 'LeiKa key'],
      })
      expect(problems[0]?.file).toBe('baustein.json')
    }
  )

  it('only reminds a procedure in draft status, whose LeiKa key may not be assigned yet', async () => {
    const metadata = baustein({ bausteinart: 'referenzprozess', freigabestatus: 3 })
    const problems = withCode(await lintBaustein({ metadata }), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      pointer: '/leistungen',
      de: ['Der Referenzprozess nennt noch keine Leistung', 'Freigabestatus 3', 'ab Status 4'],
      en: ['The Referenzprozess (reference process) names no Leistung', 'status 3', 'status 4'],
    })
  })

  it('reports a Leistungsschlüssel listed twice at the second place', async () => {
    const metadata = baustein({
      leistungen: [LEISTUNG, { leistungsschluessel: '99050012104001' }, LEISTUNG],
    })
    const problems = withCode(await lintBaustein({ metadata }), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      pointer: '/leistungen/2/leistungsschluessel',
      de: [
        'Der Leistungsschlüssel 99050012104000 steht mehrfach',
        'zuerst bei /leistungen/0/leistungsschluessel',
      ],
      en: [
        'The Leistungsschlüssel 99050012104000 occurs more than once',
        'first at /leistungen/0/leistungsschluessel',
      ],
    })
    expect(problems).toHaveLength(1)
  })
})
