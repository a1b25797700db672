import type { Baustein } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { lintBaustein } from '../../runner/lintBaustein'
import { baustein, expectFinding, withCode } from '../../testSupport/bpmnXml'
import { dmnFacts } from '../../testSupport/dmnXml'

const RULE = 'bauplan/formularfelder'

function frontOffice(einsatzbereich: Baustein['einsatzbereich'] = 'frontoffice'): Baustein {
  return baustein({
    einsatzbereich,
    eingehendeDaten: [
      {
        felder: [
          { id: 'antragsart', name: 'Art des Antrags', datentyp: 'text' },
          {
            id: 'person',
            name: 'Person',
            datentyp: 'obj',
            felder: [{ id: 'geburtsdatum', name: 'Geburtsdatum', datentyp: 'date' }],
          },
        ],
      },
    ],
  })
}

describe('bauplan/formularfelder', () => {
  it('accepts decisions that read form fields, group members, other decisions, literals and functions', async () => {
    const dmn = [
      await dmnFacts('antrag.dmn', [
        {
          id: 'Decision_Alter',
          name: 'Alter',
          inputs: ['person.geburtsdatum', 'date("2026-01-01")'],
        },
        {
          id: 'Decision_Art',
          name: 'Art',
          inputs: ['antragsart', 'Alter', '"fest"', '1', 'if antragsart = "neu" then 1 else 2'],
        },
      ]),
    ]
    expect(withCode(await lintBaustein({ metadata: frontOffice(), dmnFacts: dmn }), RULE)).toEqual(
      []
    )
  })

  it('reports a field the form does not collect, on the DMN input, with a suggestion', async () => {
    const dmn = [
      await dmnFacts('antrag.dmn', [{ id: 'Decision_Art', name: 'Art', inputs: ['antragart'] }]),
    ]
    const problems = withCode(await lintBaustein({ metadata: frontOffice(), dmnFacts: dmn }), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Decision_Art_In0',
      de: [
        'Die Entscheidung „Art (Decision_Art)“ liest im Eingabeausdruck „antragart“ das Feld „antragart“',
        'Meinten Sie „antragsart“?',
      ],
      en: ['reads the field "antragart"', 'Did you mean "antragsart"?'],
    })
    expect(problems[0]?.file).toBe('antrag.dmn')
  })

  it('reports a member a field group does not have', async () => {
    const dmn = [
      await dmnFacts('antrag.dmn', [
        { id: 'Decision_Alter', name: 'Alter', inputs: ['person.geburtstag'] },
      ]),
    ]
    const problems = withCode(await lintBaustein({ metadata: frontOffice(), dmnFacts: dmn }), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Decision_Alter_In0',
      de: ['„geburtstag“ aus der Feldgruppe „person“', 'Unterfelder: geburtsdatum'],
      en: ['reads "geburtstag" from the field group "person"', 'Fields of the group: geburtsdatum'],
    })
  })

  it('checks only front-office blocks, and only when the DMN facts are known', async () => {
    const dmn = [
      await dmnFacts('antrag.dmn', [
        { id: 'Decision_Art', name: 'Art', inputs: ['registerauskunft'] },
      ]),
    ]
    expect(
      withCode(await lintBaustein({ metadata: frontOffice('beide'), dmnFacts: dmn }), RULE)
    ).toEqual([])
    expect(
      withCode(await lintBaustein({ metadata: frontOffice('backoffice'), dmnFacts: dmn }), RULE)
    ).toEqual([])
    expect(withCode(await lintBaustein({ metadata: frontOffice() }), RULE)).toEqual([])
  })
})
