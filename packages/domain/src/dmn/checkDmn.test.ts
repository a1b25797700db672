import { describe, expect, it } from 'vitest'
import {
  GEBUEHREN_COLLECT_SUM,
  HUNDESTEUER,
  ZUSTAENDIGKEIT_FIRST,
  dmn,
  shape,
} from './__fixtures__/dmnExamples'
import { checkDmn } from './checkDmn'
import type { DmnDefinitions } from './model'
import { parseDmn } from './parseDmn'

async function parsed(xml: string): Promise<DmnDefinitions> {
  const { definitions, problems } = await parseDmn(xml)
  expect(problems).toEqual([])
  if (!definitions) throw new Error('not parsed')
  return definitions
}

async function check(xml: string) {
  return checkDmn(await parsed(xml), xml, { file: 'test.dmn' })
}

const codes = (problems: { code: string; severity: string }[]) =>
  problems.map((p) => `${p.severity}:${p.code}`)

/** A one-decision model with a table body and its shape, so only the table is under test. */
function table(attributes: string, body: string): string {
  return dmn(
    `  <decision id="D" name="Prüfung">\n    <decisionTable id="T" ${attributes}>\n${body}\n    </decisionTable>\n  </decision>`,
    shape('S', 'D')
  )
}

const ONE_IN_ONE_OUT = `      <input id="I1"><inputExpression id="E1"><text>alter</text></inputExpression></input>
      <output id="O1" name="ok" />`

describe('checkDmn on valid models', () => {
  it.each([
    ['UNIQUE + DRD', HUNDESTEUER],
    ['FIRST', ZUSTAENDIGKEIT_FIRST],
    ['COLLECT+SUM', GEBUEHREN_COLLECT_SUM],
  ])('finds nothing in %s', async (_, xml) => {
    expect(await check(xml)).toEqual([])
  })
})

describe('checkDmn ids', () => {
  it('finds duplicate ids in a tree changed after parsing, with the position of the second one', async () => {
    const definitions = await parsed(HUNDESTEUER)
    const bkm = definitions.drgElement?.find((element) => element.id === 'BKM_Runden')
    if (!bkm) throw new Error('fixture changed')
    bkm.id = 'Decision_Steuersatz'
    const xml = HUNDESTEUER.replace('id="BKM_Runden"', 'id="Decision_Steuersatz"')
    const problems = checkDmn(definitions, xml).filter((p) => p.code === 'dmn.duplicateId')
    expect(problems).toMatchObject([{ severity: 'error', elementId: 'Decision_Steuersatz' }])
    const secondLine =
      xml.split('\n').findIndex((line) => line.includes('<businessKnowledgeModel')) + 1
    expect(problems[0]?.line).toBe(secondLine)
  })
})

describe('checkDmn requirements', () => {
  it('reports a requirement pointing nowhere, on the requirement, with line and column', async () => {
    const xml = HUNDESTEUER.replace(
      '<requiredInput href="#Input_Anzahl" />',
      '<requiredInput href="#Input_Tippfehler" />'
    )
    const problems = await check(xml)
    expect(problems).toMatchObject([
      { code: 'dmn.unresolvedRequirement', severity: 'error', elementId: 'IR_1', file: 'test.dmn' },
    ])
    const line = xml.split('\n').findIndex((l) => l.includes('id="IR_1"')) + 1
    expect(problems[0]?.line).toBe(line)
    expect(problems[0]?.column).toBeGreaterThan(1)
    expect(problems[0]?.message.de).toContain('„Input_Tippfehler“')
    expect(problems[0]?.message.en).toContain('"Steuersatz" (Decision_Steuersatz)')
  })

  it('reports a requirement pointing at the wrong kind of element', async () => {
    const xml = HUNDESTEUER.replace(
      '<requiredKnowledge href="#BKM_Runden" />',
      '<requiredKnowledge href="#Input_Anzahl" />'
    )
    const problems = await check(xml)
    expect(codes(problems)).toEqual(['error:dmn.requirementTypeMismatch'])
    expect(problems[0]?.message.en).toContain(
      'expected: business knowledge model or decision service'
    )
  })

  it('accepts hrefs with the own namespace or an imported one, refuses others and hrefs without #', async () => {
    const own = HUNDESTEUER.replace('href="#Input_Anzahl"', 'href="urn:bauplan:test#Input_Anzahl"')
    expect(await check(own)).toEqual([])
    const imported = HUNDESTEUER.replace(
      'href="#Input_Anzahl"',
      'href="urn:other#Input_X"'
    ).replace(
      '<decision id="Decision_Steuersatz"',
      '<import namespace="urn:other" name="other" importType="https://www.omg.org/spec/DMN/20191111/MODEL/" />\n  <decision id="Decision_Steuersatz"'
    )
    expect(await check(imported)).toEqual([])
    const foreign = HUNDESTEUER.replace('href="#Input_Anzahl"', 'href="urn:other#Input_X"')
    expect(codes(await check(foreign))).toEqual(['error:dmn.unresolvedRequirement'])
    const noHash = HUNDESTEUER.replace('href="#Input_Anzahl"', 'href="Input_Anzahl"')
    const problems = await check(noHash)
    expect(codes(problems)).toEqual(['error:dmn.unresolvedRequirement'])
    expect(problems[0]?.message.en).toContain('expected href="#id"')
  })

  it('reports a cycle of decisions once', async () => {
    const xml = dmn(
      `  <decision id="A" name="A"><informationRequirement id="IA"><requiredDecision href="#B" /></informationRequirement><literalExpression><text>B</text></literalExpression></decision>
  <decision id="B" name="B"><informationRequirement id="IB"><requiredDecision href="#A" /></informationRequirement><literalExpression><text>A</text></literalExpression></decision>`,
      shape('SA', 'A') + shape('SB', 'B', 200)
    )
    const problems = await check(xml)
    expect(codes(problems)).toEqual(['error:dmn.requirementCycle'])
    expect(problems[0]?.elementId).toBe('A')
    expect(problems[0]?.message.en).toContain('A → B → A')
  })
})

describe('checkDmn diagram', () => {
  it('warns per element without a shape, saying dmn-js can still open it', async () => {
    const xml = HUNDESTEUER.replace(/ *<dmndi:DMNShape id="Shape_BKM"[^\n]*\n/, '').replace(
      / *<dmndi:DMNShape id="Shape_Satzung"[^\n]*\n/,
      ''
    )
    const problems = await check(xml)
    expect(problems.map((p) => [p.code, p.severity, p.elementId])).toEqual([
      ['dmn.missingShape', 'warning', 'BKM_Runden'],
      ['dmn.missingShape', 'warning', 'Source_Satzung'],
    ])
    expect(problems[0]?.message.en).toContain('dmn-js can still open')
  })

  it('warns once when the whole diagram is missing', async () => {
    const xml = dmn(
      `  <decision id="D" name="D"><literalExpression><text>1</text></literalExpression></decision>`
    )
    expect(codes(await check(xml))).toEqual(['warning:dmn.missingDiagram'])
  })
})

describe('checkDmn decision tables', () => {
  it('reports an unknown hit policy', async () => {
    const problems = await check(
      table(
        'hitPolicy="MOST"',
        `${ONE_IN_ONE_OUT}\n      <rule id="R"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>`
      )
    )
    expect(codes(problems)).toEqual(['error:dmn.invalidHitPolicy'])
    expect(problems[0]?.elementId).toBe('T')
    expect(problems[0]?.message.de).toContain('„MOST“')
    expect(problems[0]?.message.de).toContain('„Prüfung“ (D)')
  })

  it('reports aggregation without COLLECT, an unknown aggregation, and aggregation over several outputs', async () => {
    const rule = `\n      <rule id="R"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>`
    expect(
      codes(await check(table('hitPolicy="UNIQUE" aggregation="SUM"', ONE_IN_ONE_OUT + rule)))
    ).toEqual(['error:dmn.aggregationWithoutCollect'])
    expect(codes(await check(table('aggregation="SUM"', ONE_IN_ONE_OUT + rule)))).toEqual([
      'error:dmn.aggregationWithoutCollect',
    ])
    expect(
      codes(await check(table('hitPolicy="COLLECT" aggregation="AVG"', ONE_IN_ONE_OUT + rule)))
    ).toEqual(['error:dmn.invalidAggregation'])
    const twoOutputs = `${ONE_IN_ONE_OUT}\n      <output id="O2" name="grund" />\n      <rule id="R"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry><outputEntry><text>2</text></outputEntry></rule>`
    expect(codes(await check(table('hitPolicy="COLLECT" aggregation="MAX"', twoOutputs)))).toEqual([
      'error:dmn.aggregationMultipleOutputs',
    ])
  })

  it('reports rules with too few or too many cells, naming rule number and id', async () => {
    const body = `${ONE_IN_ONE_OUT}
      <rule id="R1"><inputEntry><text>1</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>
      <rule id="R2"><outputEntry><text>1</text></outputEntry></rule>
      <rule id="R3"><inputEntry><text>1</text></inputEntry><outputEntry><text>1</text></outputEntry><outputEntry><text>2</text></outputEntry></rule>`
    const problems = await check(table('', body))
    expect(problems.map((p) => [p.code, p.elementId])).toEqual([
      ['dmn.ruleArity', 'R2'],
      ['dmn.ruleArity', 'R3'],
    ])
    expect(problems[0]?.message.de).toContain('Regel 2 (R2)')
    expect(problems[0]?.message.en).toContain('0 input cells, but the table has 1 input columns')
    expect(problems[1]?.message.en).toContain('Rule 3 (R3)')
    expect(problems[1]?.message.en).toContain('2 output cells')
  })

  it('requires named, distinct outputs when there are several, and at least one output', async () => {
    const rule = (n: number) =>
      `\n      <rule id="R"><inputEntry><text>-</text></inputEntry>${'<outputEntry><text>1</text></outputEntry>'.repeat(n)}</rule>`
    const unnamed = `      <input id="I1"><inputExpression><text>x</text></inputExpression></input>\n      <output id="O1" name="a" />\n      <output id="O2" />`
    expect((await check(table('', unnamed + rule(2)))).map((p) => [p.code, p.elementId])).toEqual([
      ['dmn.outputNameMissing', 'O2'],
    ])
    const same = `      <input id="I1"><inputExpression><text>x</text></inputExpression></input>\n      <output id="O1" name="a" />\n      <output id="O2" name="a" />`
    expect((await check(table('', same + rule(2)))).map((p) => [p.code, p.elementId])).toEqual([
      ['dmn.outputNameDuplicate', 'O2'],
    ])
    const none = `      <input id="I1"><inputExpression><text>x</text></inputExpression></input>`
    expect(codes(await check(table('', none + rule(0))))).toEqual(['error:dmn.noOutput'])
  })

  it('requires an input expression with text for every input column', async () => {
    const body = `      <input id="I1" label="Alter" />
      <input id="I2"><inputExpression id="E2"><text>  </text></inputExpression></input>
      <output id="O1" name="ok" />
      <rule id="R"><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>`
    const problems = await check(table('', body))
    expect(problems.map((p) => [p.code, p.elementId])).toEqual([
      ['dmn.inputExpressionMissing', 'I1'],
      ['dmn.inputExpressionEmpty', 'I2'],
    ])
    expect(problems[0]?.message.de).toContain('Eingabespalte 1 „Alter“')
  })

  it('warns about a table without rules', async () => {
    expect(codes(await check(table('', ONE_IN_ONE_OUT)))).toEqual(['warning:dmn.noRules'])
  })

  it('checks tables nested in a business knowledge model and names the BKM', async () => {
    const xml = dmn(
      `  <businessKnowledgeModel id="BKM" name="Tarif">
    <encapsulatedLogic id="F"><decisionTable id="T2" hitPolicy="PRIORITY" aggregation="SUM">${ONE_IN_ONE_OUT}<rule id="R"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry></rule></decisionTable></encapsulatedLogic>
  </businessKnowledgeModel>`,
      shape('S', 'BKM')
    )
    const problems = await check(xml)
    expect(problems.map((p) => [p.code, p.elementId])).toEqual([
      ['dmn.aggregationWithoutCollect', 'T2'],
    ])
    expect(problems[0]?.message.en).toContain('"Tarif" (BKM)')
  })
})

describe('checkDmn decisions', () => {
  it('warns about a decision without logic', async () => {
    const xml = dmn(`  <decision id="D" name="Später" />`, shape('S', 'D'))
    const problems = await check(xml)
    expect(codes(problems)).toEqual(['warning:dmn.decisionWithoutLogic'])
    expect(problems[0]?.elementId).toBe('D')
  })

  it('gives no line or column without the XML text', async () => {
    const definitions = await parsed(dmn(`  <decision id="D" name="Später" />`, shape('S', 'D')))
    const [problem] = checkDmn(definitions)
    expect(problem?.line).toBeUndefined()
    expect(problem?.file).toBeUndefined()
  })
})
