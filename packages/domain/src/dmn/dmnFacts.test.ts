import { describe, expect, it } from 'vitest'
import {
  GEBUEHREN_COLLECT_SUM,
  HUNDESTEUER,
  ZUSTAENDIGKEIT_FIRST,
  dmn,
} from './__fixtures__/dmnExamples'
import { readDmnFacts } from './dmnFacts'
import { parseDmn } from './parseDmn'

async function facts(xml: string) {
  const { definitions } = await parseDmn(xml)
  if (!definitions) throw new Error('not parsed')
  return readDmnFacts(definitions)
}

describe('readDmnFacts', () => {
  it('reads a DRD: table, literal expression, requirements, input data and BKM', async () => {
    const result = await facts(HUNDESTEUER)
    expect(result.inputData).toEqual([
      { id: 'Input_Anzahl', name: 'laufendeNummer', typeRef: 'number' },
      { id: 'Input_Gefaehrlich', name: 'gefaehrlicherHund', typeRef: 'boolean' },
    ])
    expect(result.businessKnowledgeModels).toEqual([{ id: 'BKM_Runden', name: 'runden' }])
    expect(result.decisions).toEqual([
      {
        id: 'Decision_Steuersatz',
        name: 'Steuersatz',
        typeRef: 'number',
        logic: 'decisionTable',
        hitPolicy: 'UNIQUE',
        inputs: [
          {
            id: 'In_Anzahl',
            label: 'Laufende Nummer des Hundes',
            expression: 'laufendeNummer',
            typeRef: 'number',
          },
          {
            id: 'In_Gefaehrlich',
            label: 'Gefährlicher Hund',
            expression: 'gefaehrlicherHund',
            typeRef: 'boolean',
          },
        ],
        outputs: [
          { id: 'Out_Steuer', name: 'jahressteuer', label: 'Jahressteuer', typeRef: 'number' },
        ],
        ruleCount: 3,
        requiredDecisionIds: [],
        requiredInputIds: ['Input_Anzahl', 'Input_Gefaehrlich'],
        requiredKnowledgeIds: [],
      },
      {
        id: 'Decision_Quartalsbetrag',
        name: 'Quartalsbetrag',
        typeRef: 'number',
        logic: 'literalExpression',
        inputs: [],
        outputs: [],
        ruleCount: 0,
        requiredDecisionIds: ['Decision_Steuersatz'],
        requiredInputIds: [],
        requiredKnowledgeIds: ['BKM_Runden'],
      },
    ])
  })

  it('reads FIRST with two outputs and COLLECT+SUM with an unnamed output', async () => {
    const [first] = (await facts(ZUSTAENDIGKEIT_FIRST)).decisions
    expect(first).toMatchObject({
      hitPolicy: 'FIRST',
      ruleCount: 2,
      outputs: [{ name: 'amt' }, { name: 'fristTage' }],
    })
    expect(first?.aggregation).toBeUndefined()
    const [collect] = (await facts(GEBUEHREN_COLLECT_SUM)).decisions
    expect(collect).toMatchObject({
      hitPolicy: 'COLLECT',
      aggregation: 'SUM',
      outputs: [{ id: 'Out_Betrag', typeRef: 'number' }],
    })
    expect(collect?.outputs[0]?.name).toBeUndefined()
  })

  it('defaults the hit policy to UNIQUE and recognises every kind of decision logic', async () => {
    const xml =
      dmn(`  <decision id="T" name="T"><decisionTable><output name="x" /></decisionTable></decision>
  <decision id="C" name="C"><context /></decision>
  <decision id="I" name="I"><invocation /></decision>
  <decision id="R" name="R"><relation /></decision>
  <decision id="L" name="L"><list /></decision>
  <decision id="F" name="F"><functionDefinition /></decision>
  <decision id="N" name="N" />`)
    const decisions = (await facts(xml)).decisions
    expect(decisions.map((d) => [d.id, d.logic])).toEqual([
      ['T', 'decisionTable'],
      ['C', 'context'],
      ['I', 'invocation'],
      ['R', 'relation'],
      ['L', 'list'],
      ['F', 'functionDefinition'],
      ['N', 'none'],
    ])
    expect(decisions[0]?.hitPolicy).toBe('UNIQUE')
    expect(decisions[1]?.hitPolicy).toBeUndefined()
  })

  it('reads own-namespace hrefs as local ids and leaves imported ones out', async () => {
    const xml = HUNDESTEUER.replace(
      'href="#Input_Anzahl"',
      'href="urn:bauplan:test#Input_Anzahl"'
    ).replace('href="#Input_Gefaehrlich"', 'href="urn:other#Input_X"')
    const [decision] = (await facts(xml)).decisions
    expect(decision?.requiredInputIds).toEqual(['Input_Anzahl'])
  })
})
