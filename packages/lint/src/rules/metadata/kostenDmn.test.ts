import { describe, expect, it } from 'vitest'
import { lintBaustein } from '../../runner/lintBaustein'
import { baustein, expectFinding, withCode } from '../../testSupport/bpmnXml'
import { dmnFacts } from '../../testSupport/dmnXml'

const RULE = 'bauplan/kosten-dmn'

async function gebuehrDmn(outputTypes = ['number']) {
  return [
    await dmnFacts('gebuehr.dmn', [
      { id: 'Decision_Gebuehr', name: 'Gebühr', inputs: ['antragsart'], outputTypes },
      { id: 'Decision_Art', name: 'Art', inputs: ['zweck'], outputTypes: ['string'] },
    ]),
  ]
}

describe('bauplan/kosten-dmn', () => {
  it('accepts fixed fees and fees computed by an existing numeric decision', async () => {
    const metadata = baustein({
      kosten: [
        { fix: { betrag: 12, waehrung: 'EUR' } },
        { variabel: {}, dmnDecisionRef: 'Decision_Gebuehr' },
      ],
    })
    expect(withCode(await lintBaustein({ metadata, dmnFacts: await gebuehrDmn() }), RULE)).toEqual(
      []
    )
    // A decision with several outputs yields an amount if one of them is numeric.
    const multi = await gebuehrDmn(['string', 'number'])
    expect(withCode(await lintBaustein({ metadata, dmnFacts: multi }), RULE)).toEqual([])
  })

  it('warns by default about a variable fee that names no decision, listing the decisions there are', async () => {
    const metadata = baustein({
      kosten: [{ fix: { betrag: 5 } }, { beschreibung: 'nach Satzung', variabel: {} }],
    })
    const problems = withCode(await lintBaustein({ metadata, dmnFacts: await gebuehrDmn() }), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      pointer: '/kosten/1',
      de: [
        'keinen festen Betrag (fix)',
        'keine DMN-Entscheidung (dmnDecisionRef)',
        'Decision_Gebuehr, Decision_Art',
      ],
      en: [
        'no fixed amount (fix)',
        'names no DMN decision (dmnDecisionRef)',
        'Decision_Gebuehr, Decision_Art',
      ],
    })
  })

  it('reports a reference to a decision the block does not have, and one that yields no number', async () => {
    const metadata = baustein({
      kosten: [
        { variabel: {}, dmnDecisionRef: 'Decision_Gebuhr' },
        { variabel: {}, dmnDecisionRef: 'Decision_Art' },
      ],
    })
    const problems = withCode(await lintBaustein({ metadata, dmnFacts: await gebuehrDmn() }), RULE)
    expect(problems).toHaveLength(2)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      pointer: '/kosten/0/dmnDecisionRef',
      de: [
        'verweisen auf die Entscheidung „Decision_Gebuhr“, die es in den DMN-Modellen des Bausteins nicht gibt',
      ],
      en: ['refers to the decision "Decision_Gebuhr", which does not exist'],
    })
    expectFinding(problems[1], {
      code: RULE,
      severity: 'warning',
      pointer: '/kosten/1/dmnDecisionRef',
      de: [
        'Die Entscheidung „Decision_Art“ für die Kosten /kosten/1 liefert keinen Betrag',
        '(string)',
      ],
      en: ['The decision "Decision_Art" for the fee /kosten/1 yields no amount', '(string)'],
    })
  })

  it('does not judge decision references without DMN facts, nor types from item definitions', async () => {
    const metadata = baustein({ kosten: [{ variabel: {}, dmnDecisionRef: 'Decision_Gebuehr' }] })
    expect(withCode(await lintBaustein({ metadata }), RULE)).toEqual([])
    const custom = await gebuehrDmn(['tBetrag'])
    expect(withCode(await lintBaustein({ metadata, dmnFacts: custom }), RULE)).toEqual([])
  })
})
