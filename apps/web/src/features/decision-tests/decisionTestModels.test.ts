import { checkBausteinFolder, type DmnFileFacts } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { referenceFolder } from '../editor/testing/referenceModels'
import { formatCell, parseCell } from './cellValues'
import { decisionColumns } from './decisionColumns'
import { placeOf, rowsFromTests, serializeTests, testsFromRows } from './testRows'

async function hundesteuer(): Promise<{ dmn: DmnFileFacts[]; tests: string }> {
  const folder = referenceFolder('verfahren/hundesteuer-anmelden')
  const checked = await checkBausteinFolder(folder)
  return { dmn: checked.dmn, tests: folder['entscheidungstests.json']! }
}

describe('decision columns', () => {
  it('lists the inputs and outputs the domain accepts for each decision of the reference model', async () => {
    const { dmn } = await hundesteuer()
    const steuersatz = decisionColumns(dmn).find((d) => d.decisionId === 'Decision_Steuersatz')!
    expect(steuersatz.inputs.map((c) => c.name).sort()).toEqual([
      'gefaehrlicherHund',
      'laufendeNummerDesHundes',
    ])
    expect(steuersatz.outputs.map((c) => c.name)).toEqual(['jahressteuer'])
  })
})

describe('cell values', () => {
  it.each([
    ['12,5', 'number', 12.5],
    ['-3', 'integer', -3],
    ['wahr', 'boolean', true],
    ['Falsch', 'boolean', false],
    ['Blindenfuehrhund', 'string', 'Blindenfuehrhund'],
    ['"12"', 'string', '12'],
    ['2026-01-31', 'date', '2026-01-31'],
    ['12', undefined, 12],
    ['Dresden', undefined, 'Dresden'],
    ['["a", "b"]', undefined, ['a', 'b']],
    ['', 'number', undefined],
  ] as const)('reads %j as %s', (text, type, value) => {
    expect(parseCell(text, type)).toEqual({ ok: true, value })
  })

  it.each([
    ['zwei', 'number', 'ist keine Zahl'],
    ['vielleicht', 'boolean', 'ist kein Wahrheitswert'],
    ['31.01.2026', 'date', 'ist kein Datum'],
    ['[1, 2', undefined, 'ist kein gültiger Wert'],
  ] as const)('refuses %j for %s, saying why', (text, type, reason) => {
    const parsed = parseCell(text, type)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason.de).toContain(reason)
  })

  it.each([
    [12.5, 'number'],
    ['12', undefined],
    ['true', 'string'],
    ['null', 'string'],
    ['', undefined],
    [['x'], undefined],
    [{ a: 1 }, undefined],
    [false, 'boolean'],
  ] as const)('formats %j so that it reads back the same', (value, type) => {
    expect(parseCell(formatCell(value as never, type), type)).toEqual({ ok: true, value })
  })
})

describe('test rows', () => {
  it('round-trips the reference tests through the table unchanged', async () => {
    const { dmn, tests } = await hundesteuer()
    const columns = decisionColumns(dmn)
    const rows = rowsFromTests(JSON.parse(tests).tests, columns)
    const { file, problems } = testsFromRows(rows, columns)
    expect(problems).toEqual([])
    expect(JSON.parse(serializeTests(file!))).toEqual(JSON.parse(tests))
  })

  it('names the cell that does not read, and writes nothing then', async () => {
    const { dmn, tests } = await hundesteuer()
    const columns = decisionColumns(dmn)
    const rows = rowsFromTests(JSON.parse(tests).tests, columns)
    rows[1]!.eingaben.laufendeNummerDesHundes = 'zwei'
    const { file, problems } = testsFromRows(rows, columns)
    expect(file).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      row: 1,
      cell: { kind: 'eingaben', column: 'laufendeNummerDesHundes' },
    })
    expect(problems[0]!.message.de).toBe(
      'Test Nr. 2 „Zweiter Hund, nicht gefährlich: 100 Euro“, Eingabe „laufendeNummerDesHundes“: „zwei“ ist keine Zahl (z. B. 12 oder 12,5).'
    )
  })

  it('finds the cell a domain problem points at', () => {
    const problem = { code: 'x', severity: 'error' as const, message: { de: '', en: '' } }
    expect(placeOf({ ...problem, pointer: '/tests/2/eingaben/a~1b' })).toEqual({
      row: 2,
      cell: { kind: 'eingaben', column: 'a/b' },
    })
    expect(placeOf({ ...problem, pointer: '/tests/0/decisionId' })).toEqual({
      row: 0,
      field: 'decisionId',
    })
    expect(placeOf({ ...problem, pointer: '/tests' })).toBeUndefined()
  })
})
