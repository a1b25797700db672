import { describe, expect, it } from 'vitest'
import {
  GEBUEHREN_COLLECT_SUM,
  HUNDESTEUER,
  ZUSTAENDIGKEIT_FIRST,
  dmn,
} from '../__fixtures__/dmnExamples'
import { readDmnFacts, type DmnFacts } from '../dmnFacts'
import { parseDmn } from '../parseDmn'
import type { DecisionTest } from './decisionTestsFile'
import { validateDecisionTests } from './validateDecisionTests'

async function facts(xml: string): Promise<DmnFacts> {
  const { definitions } = await parseDmn(xml)
  if (!definitions) throw new Error('not parsed')
  return readDmnFacts(definitions)
}

const test = (
  decisionId: string,
  eingaben: DecisionTest['eingaben'],
  erwartet: DecisionTest['erwartet']
): DecisionTest => ({
  name: `Fall ${decisionId}`,
  decisionId,
  eingaben,
  erwartet,
})

describe('validateDecisionTests', async () => {
  const models = [
    await facts(HUNDESTEUER),
    await facts(ZUSTAENDIGKEIT_FIRST),
    await facts(GEBUEHREN_COLLECT_SUM),
  ]

  it('accepts tests that use input data names, expression variables and output names', () => {
    const tests = [
      test(
        'Decision_Steuersatz',
        { laufendeNummer: 2, gefaehrlicherHund: false },
        { jahressteuer: 120 }
      ),
      // Literal expression: inputs come through the required decision; the result is keyed by the decision name.
      test(
        'Decision_Quartalsbetrag',
        { laufendeNummer: 1, gefaehrlicherHund: false },
        { Quartalsbetrag: 24 }
      ),
      test('Decision_Quartalsbetrag', {}, { Decision_Quartalsbetrag: 24 }),
      // No input data modelled: the leading variable of `antrag.ort` is the key.
      test(
        'Decision_Zustaendigkeit',
        { antrag: { ort: 'Dresden' } },
        { amt: 'Bürgeramt Dresden', fristTage: 14 }
      ),
      // Unnamed single output: decision name or id; multi-word variable `Anzahl Seiten` (known input data name).
      test('Decision_Gebuehr', { eilig: true, 'Anzahl Seiten': 3 }, { Gebühr: 35 }),
    ]
    expect(validateDecisionTests(tests, models)).toEqual([])
  })

  it('reports an unknown decision and lists the available ones', () => {
    const problems = validateDecisionTests([test('Decision_Gibtsnicht', {}, { x: 1 })], models, {
      file: 'tests.json',
    })
    expect(problems).toMatchObject([
      {
        code: 'decisionTest.unknownDecision',
        severity: 'error',
        pointer: '/tests/0/decisionId',
        file: 'tests.json',
      },
    ])
    expect(problems[0]?.message.en).toContain(
      'Decision_Gebuehr, Decision_Quartalsbetrag, Decision_Steuersatz'
    )
  })

  it('reports an input key the decision does not read, naming test, key and allowed keys', () => {
    const problems = validateDecisionTests(
      [test('Decision_Steuersatz', { laufendeNummer: 1, gefaehrlich: true }, { jahressteuer: 96 })],
      models
    )
    expect(problems).toMatchObject([
      {
        code: 'decisionTest.unknownInput',
        pointer: '/tests/0/eingaben/gefaehrlich',
        file: 'entscheidungstests.json',
      },
    ])
    expect(problems[0]?.message.de).toContain('Test Nr. 1 „Fall Decision_Steuersatz“')
    expect(problems[0]?.message.de).toContain('„gefaehrlich“')
    expect(problems[0]?.message.en).toContain('Allowed: gefaehrlicherHund, laufendeNummer.')
  })

  it('does not accept a required decision as an input: the engine computes it', () => {
    const problems = validateDecisionTests(
      [test('Decision_Quartalsbetrag', { Steuersatz: 96 }, { Quartalsbetrag: 24 })],
      models
    )
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['decisionTest.unknownInput', '/tests/0/eingaben/Steuersatz'],
    ])
  })

  it('reports expected keys that are not outputs', () => {
    const problems = validateDecisionTests(
      [
        test('Decision_Zustaendigkeit', { antrag: {} }, { amt: 'x', frist: 1 }),
        test('Decision_Steuersatz', {}, { steuersatz: 96 }),
        test('Decision_Gebuehr', {}, { betrag: 10 }),
      ],
      models
    )
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['decisionTest.unknownOutput', '/tests/0/erwartet/frist'],
      ['decisionTest.unknownOutput', '/tests/1/erwartet/steuersatz'],
      ['decisionTest.unknownOutput', '/tests/2/erwartet/betrag'],
    ])
    expect(problems[0]?.message.en).toContain(
      'Allowed: Decision_Zustaendigkeit, Zuständigkeit, amt, fristTage.'
    )
    expect(problems[1]?.message.en).toContain(
      'Allowed: Decision_Steuersatz, Steuersatz, jahressteuer.'
    )
    expect(problems[2]?.message.en).toContain('Allowed: Decision_Gebuehr, Gebühr.')
  })

  it('escapes keys in pointers', () => {
    const problems = validateDecisionTests([test('Decision_Steuersatz', { 'a/b': 1 }, {})], models)
    expect(problems[0]?.pointer).toBe('/tests/0/eingaben/a~1b')
  })

  it('does not check inputs of a literal expression without modelled requirements', async () => {
    const model = await facts(
      dmn(
        `  <decision id="D" name="Konstante"><literalExpression><text>faktor * 2</text></literalExpression></decision>`
      )
    )
    expect(validateDecisionTests([test('D', { faktor: 2 }, { Konstante: 4 })], [model])).toEqual([])
    expect(
      validateDecisionTests([test('D', {}, { falsch: 4 })], [model]).map((p) => p.code)
    ).toEqual(['decisionTest.unknownOutput'])
  })

  it('finds decisions in any of several models', () => {
    const problems = validateDecisionTests(
      [
        test('Decision_Gebuehr', { eilig: false }, { Gebühr: 10 }),
        test('Decision_Steuersatz', {}, { jahressteuer: 96 }),
      ],
      models.slice().reverse()
    )
    expect(problems).toEqual([])
  })
})
