import { checkBausteinFolder, parseDmn } from '@bauplan/domain'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { createSeedUpdate } from '../document/seedDraftDocument'
import { addRule, cellId, deleteRule, setCell } from './dmnRules'
import { OperationError } from './operationError'

const FILE = 'hundesteuer-anmelden.dmn'
const TABLE = 'DecisionTable_Steuersatz'
const RULE = 'Rule_Steuersatz_ErsterHund'
const CELL_A = 'InputEntry_Steuersatz_ErsterHund_GefaehrlicherHund'
const CELL_B = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'
const alice = { user: 'alice' }
const bob = { user: 'bob' }

const folder = await readModelFolder(join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
const seed = await createSeedUpdate(folder.files)

function seeded(): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, seed.update)
  return doc
}

async function rulesOf(doc: Y.Doc): Promise<{ id: string; cells: string[] }[]> {
  const parsed = await parseDmn((await deriveFiles(doc))[FILE] ?? '')
  const decisions = (parsed.definitions?.drgElement ?? []) as unknown as {
    decisionLogic?: {
      id?: string
      rule?: { id: string; inputEntry?: { text: string }[]; outputEntry?: { text: string }[] }[]
    }
  }[]
  const table = decisions.map((d) => d.decisionLogic).find((logic) => logic?.id === TABLE)
  return (table?.rule ?? []).map((rule) => ({
    id: rule.id,
    cells: [...(rule.inputEntry ?? []), ...(rule.outputEntry ?? [])].map((cell) => cell.text),
  }))
}

async function concurrently(left: (doc: Y.Doc) => void, right: (doc: Y.Doc) => void) {
  const a = seeded()
  const b = seeded()
  left(a)
  right(b)
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  expect(await deriveFiles(a)).toEqual(await deriveFiles(b))
  const check = await checkBausteinFolder(await deriveFiles(a))
  expect(check.problems.filter((p) => p.severity === 'error')).toEqual([])
  return a
}

describe('decision-table operations', () => {
  it('two users editing different cells of one rule both keep their change', async () => {
    const doc = await concurrently(
      (d) => setCell(d, alice, FILE, CELL_A, 'true'),
      (d) => setCell(d, bob, FILE, CELL_B, '70')
    )
    const rule = (await rulesOf(doc)).find((r) => r.id === RULE)
    expect(rule?.cells[0]).toBe('true')
    expect(rule?.cells.at(-1)).toBe('70')
  })

  it('two rules added at once both survive, in the same order everywhere', async () => {
    const rule = (id: string) => ({
      file: FILE,
      decisionTable: TABLE,
      id,
      index: 1,
      inputEntries: ['false', '> 5'],
      outputEntries: ['150'],
    })
    const doc = await concurrently(
      (d) => addRule(d, alice, rule('Rule_Alice')),
      (d) => addRule(d, bob, rule('Rule_Bob'))
    )
    const ids = (await rulesOf(doc)).map((r) => r.id)
    expect(ids).toContain('Rule_Alice')
    expect(ids).toContain('Rule_Bob')
    expect((await rulesOf(doc)).find((r) => r.id === 'Rule_Bob')?.cells).toEqual([
      'false',
      '> 5',
      '150',
    ])
  })

  it('deleting a rule wins over a concurrent edit of one of its cells', async () => {
    const doc = await concurrently(
      (d) => deleteRule(d, alice, FILE, RULE),
      (d) => setCell(d, bob, FILE, CELL_A, 'true')
    )
    expect((await rulesOf(doc)).map((r) => r.id)).not.toContain(RULE)
  })

  it('refuses a rule of the wrong shape and taken ids, writing nothing', () => {
    const doc = seeded()
    const before = Y.encodeStateVector(doc)
    const base = {
      file: FILE,
      decisionTable: TABLE,
      inputEntries: ['-', '-'],
      outputEntries: ['1'],
    }
    expect(() => addRule(doc, alice, { ...base, id: 'R', inputEntries: ['-'] })).toThrow(
      OperationError
    )
    expect(() => addRule(doc, alice, { ...base, id: RULE })).toThrow(OperationError)
    expect(() => setCell(doc, alice, FILE, RULE, 'x')).toThrow(OperationError)
    expect(() => setCell(doc, alice, 'nope.dmn', CELL_A, 'x')).toThrow(OperationError)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(cellId('R', 'Input_1')).toBe('R_Input_1')
  })
})
