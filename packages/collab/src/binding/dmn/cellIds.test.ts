import { readFileSync } from 'node:fs'
import { createDmnElement, parseDmn, type ModdleElement } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { indexById, type ModelerModdle } from '../mergeDefinitions'
import { fitRulesToColumns } from './fitRulesToColumns'
import { normalizeCellIds } from './normalizeCellIds'

const FILE = new URL(
  '../../../../../models/verfahren/hundesteuer-anmelden/hundesteuer-anmelden.dmn',
  import.meta.url
)
const TABLE = 'DecisionTable_Steuersatz'

const moddle: ModelerModdle = { create: (type, attrs) => createDmnElement(type, attrs) }

async function table() {
  const definitions = (await parseDmn(readFileSync(FILE, 'utf8'))).definitions as ModdleElement
  const seeded = new Set(indexById(definitions).keys())
  const decisionTable = indexById(definitions).get(TABLE) as ModdleElement & {
    input: ModdleElement[]
    output: ModdleElement[]
    rule: (ModdleElement & { inputEntry: ModdleElement[]; outputEntry: ModdleElement[] })[]
  }
  return { definitions, decisionTable, known: (id: string) => seeded.has(id) }
}

/** A rule as dmn-js adds it: random ids on the rule and its cells. */
function newRule(id: string, inputs: number, outputs: number) {
  const cell = (type: string, n: number) =>
    createDmnElement(type, { id: `${type.slice(4)}_random${n}`, text: '' })
  return createDmnElement('dmn:DecisionRule', {
    id,
    inputEntry: Array.from({ length: inputs }, (_, n) => cell('dmn:UnaryTests', n)),
    outputEntry: Array.from({ length: outputs }, (_, n) => cell('dmn:LiteralExpression', n)),
  }) as ModdleElement & { inputEntry: ModdleElement[]; outputEntry: ModdleElement[] }
}

describe('normalizeCellIds: new cells are named <rule>_<column>', () => {
  it('renames the cells of a new rule and keeps every seeded id', async () => {
    const { definitions, decisionTable, known } = await table()
    const before = [...indexById(definitions).keys()]
    const rule = newRule('DecisionRule_new', 2, 1)
    decisionTable.rule.push(rule)
    const renamed = normalizeCellIds(definitions, known, moddle)
    expect(renamed.map(({ to }) => to)).toEqual([
      'DecisionRule_new_Input_Steuersatz_GefaehrlicherHund',
      'DecisionRule_new_Input_Steuersatz_LaufendeNummer',
      'DecisionRule_new_Output_Steuersatz_Jahressteuer',
    ])
    expect([...rule.inputEntry, ...rule.outputEntry].map((cell) => cell.id)).toEqual(
      renamed.map(({ to }) => to)
    )
    const after = new Set(indexById(definitions).keys())
    for (const id of before) expect(after.has(id)).toBe(true)
  })

  it('leaves a cell alone whose derived id is already in the document', async () => {
    const { definitions, decisionTable, known } = await table()
    decisionTable.rule.push(newRule('DecisionRule_new', 2, 1))
    const taken = 'DecisionRule_new_Input_Steuersatz_GefaehrlicherHund'
    const renamed = normalizeCellIds(definitions, (id) => id === taken || known(id), moddle)
    expect(renamed.map(({ to }) => to)).not.toContain(taken)
    expect(renamed).toHaveLength(2)
  })
})

describe('fitRulesToColumns: one entry per column, the same on every peer', () => {
  it('fills the cell a rule lacks for a new column with its derived id, empty', async () => {
    const { definitions, decisionTable } = await table()
    const rule = newRule('DecisionRule_new', 2, 1)
    decisionTable.rule.push(rule)
    normalizeCellIds(definitions, () => false, moddle)
    const column = createDmnElement('dmn:InputClause', { id: 'InputClause_new' })
    decisionTable.input.splice(0, 0, column)
    expect(fitRulesToColumns(definitions, moddle)).toContain('DecisionRule_new')
    expect(rule.inputEntry.map((cell) => [cell.id, cell.text])).toEqual([
      ['DecisionRule_new_InputClause_new', '-'],
      ['DecisionRule_new_Input_Steuersatz_GefaehrlicherHund', ''],
      ['DecisionRule_new_Input_Steuersatz_LaufendeNummer', ''],
    ])
    expect(rule.inputEntry.every((cell) => cell.$parent === rule)).toBe(true)
  })

  it('drops the cell of a column that is gone', async () => {
    const { definitions, decisionTable } = await table()
    const rule = newRule('DecisionRule_new', 2, 1)
    decisionTable.rule.push(rule)
    normalizeCellIds(definitions, () => false, moddle)
    decisionTable.input.splice(0, 1)
    fitRulesToColumns(definitions, moddle)
    expect(rule.inputEntry.map((cell) => cell.id)).toEqual([
      'DecisionRule_new_Input_Steuersatz_LaufendeNummer',
    ])
  })

  it('changes nothing in a table that fits', async () => {
    const { definitions } = await table()
    expect(fitRulesToColumns(definitions, moddle)).toEqual([])
  })
})
