/// <reference lib="dom" />
import { checkBausteinFolder } from '@bauplan/domain'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { deriveFiles } from '../../document/deriveFiles'
import { setCell } from '../../operations/dmnRules'
import type { CommandStack } from './dmnTypes'
import {
  CELL_1A,
  CELL_1B,
  CELL_2A,
  DMN_FILE,
  RULE_1,
  RULE_2,
  cleanUp,
  peers,
  type Peer,
} from './dmnTestPeers'

afterEach(cleanUp)

async function expectConverged(a: Peer, b: Peer): Promise<Record<string, string>> {
  const [filesA, filesB] = await Promise.all([deriveFiles(a.doc), deriveFiles(b.doc)])
  expect(filesA[DMN_FILE]).toBe(filesB[DMN_FILE])
  expect(a.rows()).toEqual(b.rows())
  return filesA
}

async function expectValidFolder(doc: Y.Doc): Promise<void> {
  const check = await checkBausteinFolder(await deriveFiles(doc))
  expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([])
}

/** dmn-js's own undo history of the active viewer (diagram-js keeps it in `_stack`). */
const ownHistory = (peer: Peer) =>
  peer.get<CommandStack & { _stack: unknown[] }>('commandStack')._stack

describe('dmn-js binding: decision table', () => {
  it('a cell edit in A reaches B without import, keeps B’s sheet and stays out of B’s undo', async () => {
    const { a, b } = await peers()
    const sheetOfB = b.sheet()
    const rootOfB = sheetOfB.getRoot()
    const untouchedRow = rootOfB.rows.find((row) => row.id === RULE_2)
    a.modeling().editCell(a.element(CELL_1A), '>= 1')
    expect(b.element(CELL_1A).text).toBe('>= 1')
    await expect.poll(() => b.cellText(CELL_1A)).toBe('>= 1')
    expect(b.imports()).toBe(0)
    expect(b.sheet()).toBe(sheetOfB)
    expect(b.sheet().getRoot()).toBe(rootOfB)
    expect(
      b
        .sheet()
        .getRoot()
        .rows.find((row) => row.id === RULE_2)
    ).toBe(untouchedRow)
    expect(ownHistory(b)).toEqual([])
    expect(b.binding.canUndo()).toBe(false)
    expect(a.binding.canUndo()).toBe(true)
    await expectConverged(a, b)
  })

  it('one command is one transaction with the local origin', async () => {
    const { a } = await peers()
    const origins: unknown[] = []
    a.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.local) origins.push(transaction.origin)
    })
    a.modeling().editCell(a.element(CELL_1B), '70')
    expect(origins).toEqual([{ user: 'a' }])
  })

  it('concurrent edits of two cells of one rule both survive', async () => {
    const { a, b, link } = await peers()
    link.paused = true
    a.modeling().editCell(a.element(CELL_1A), '<= 1')
    b.modeling().editCell(b.element(CELL_1B), '80')
    link.flush()
    for (const peer of [a, b]) {
      expect(peer.element(CELL_1A).text).toBe('<= 1')
      expect(peer.element(CELL_1B).text).toBe('80')
    }
    await expect.poll(() => a.cellText(CELL_1B)).toBe('80')
    await expect.poll(() => b.cellText(CELL_1A)).toBe('<= 1')
    await expectConverged(a, b)
    await expectValidFolder(a.doc)
  })

  it('two rules added concurrently both survive in the same order, cells named <rule>_<column>', async () => {
    const { a, b, link } = await peers()
    const before = a.rows()
    link.paused = true
    const ruleA = a.modeling().addRow({ type: 'dmn:DecisionRule' }, 1)
    const ruleB = b.modeling().addRow({ type: 'dmn:DecisionRule' }, 1)
    link.flush()
    for (const peer of [a, b]) {
      const rows = peer.rows()
      expect(rows).toHaveLength(before.length + 2)
      expect(rows).toContain(ruleA.id)
      expect(rows).toContain(ruleB.id)
      expect(rows.filter((id) => before.includes(id))).toEqual(before)
    }
    const columns = a
      .sheet()
      .getRoot()
      .cols.map((col) => col.id)
    for (const peer of [a, b]) {
      for (const rule of [ruleA, ruleB]) {
        const row = peer
          .sheet()
          .getRoot()
          .rows.find((candidate) => candidate.id === rule.id)
        expect(row?.cells.map((cell) => cell.id)).toEqual(columns.map((col) => `${rule.id}_${col}`))
        expect(row?.cells.map((cell) => cell.businessObject.id)).toEqual(
          columns.map((col) => `${rule.id}_${col}`)
        )
      }
    }
    expect(a.imports() + b.imports()).toBe(0)
    await expectConverged(a, b)
    // Type into a new cell: it is written under its derived id and reaches the other side.
    const cell = `${ruleA.id}_${columns[0]}`
    a.modeling().editCell(a.element(cell), 'true')
    expect(b.element(cell).text).toBe('true')
    await expect.poll(() => b.cellText(cell)).toBe('true')
    await expectConverged(a, b)
  })

  it('a rule removed in A leaves B’s table; B’s other rows stay', async () => {
    const { a, b } = await peers()
    const keep = b
      .sheet()
      .getRoot()
      .rows.find((row) => row.id === RULE_1)
    const row = a
      .sheet()
      .getRoot()
      .rows.find((candidate) => candidate.id === RULE_2)
    if (!row) throw new Error('no row')
    a.modeling().removeRow(row)
    expect(b.rows()).not.toContain(RULE_2)
    expect(
      b
        .sheet()
        .getRoot()
        .rows.find((candidate) => candidate.id === RULE_1)
    ).toBe(keep)
    await expect.poll(() => b.cellText(CELL_2A)).toBeUndefined()
    await expectConverged(a, b)
    await expectValidFolder(b.doc)
  })

  it('a column added in A appears in B with a cell in every row', async () => {
    const { a, b } = await peers()
    const col = a.modeling().addCol({ type: 'dmn:InputClause' }, 2)
    const colsOfB = b.sheet().getRoot().cols
    expect(colsOfB.map((candidate) => candidate.id)).toEqual(
      a
        .sheet()
        .getRoot()
        .cols.map((candidate) => candidate.id)
    )
    expect(colsOfB[2]?.id).toBe(col.id)
    for (const row of b.sheet().getRoot().rows) {
      expect(row.cells[2]?.id).toBe(`${row.id}_${col.id}`)
    }
    expect(b.imports()).toBe(0)
    await expectConverged(a, b)
  })

  it('a rule and a column added concurrently: every rule fits the columns on both sides', async () => {
    const { a, b, link } = await peers()
    link.paused = true
    const col = a.modeling().addCol({ type: 'dmn:InputClause' }, 0)
    const rule = b.modeling().addRow({ type: 'dmn:DecisionRule' })
    a.get<{ editInputExpression(expression: unknown, properties: { text: string }): void }>(
      'modeling'
    ).editInputExpression(col.businessObject.inputExpression, { text: 'anzahlHunde' })
    link.flush()
    for (const peer of [a, b]) {
      const row = peer
        .sheet()
        .getRoot()
        .rows.find((candidate) => candidate.id === rule.id)
      expect(row?.cells).toHaveLength(peer.sheet().getRoot().cols.length)
      expect(row?.cells[0]?.id).toBe(`${rule.id}_${col.id}`)
    }
    // Both sides write the same filled-in cell at once, with an origin undo does not track.
    const filled = `${rule.id}_${col.id}`
    await expect.poll(() => a.doc.getMap(`model:${DMN_FILE}:elements`).has(filled)).toBe(true)
    await expectConverged(a, b)
    await expectValidFolder(a.doc)
    await expectValidFolder(b.doc)
    // Undo in B removes B's rule, not A's column.
    b.binding.undo()
    expect(a.rows()).not.toContain(rule.id)
    expect(a.sheet().getRoot().cols[0]?.id).toBe(col.id)
    await expectConverged(a, b)
    await expectValidFolder(a.doc)
  })

  it('undo reverts only the own change, redo restores it; both go through the routed command stack', async () => {
    const { a, b } = await peers()
    a.modeling().editCell(a.element(CELL_1A), '9')
    b.modeling().editCell(b.element(CELL_1B), '99')
    a.get<CommandStack>('commandStack').undo()
    for (const peer of [a, b]) {
      expect(peer.element(CELL_1A).text).toBe('1')
      expect(peer.element(CELL_1B).text).toBe('99')
    }
    await expect.poll(() => b.cellText(CELL_1A)).toBe('1')
    expect(a.binding.canUndo()).toBe(false)
    expect(a.binding.canRedo()).toBe(true)
    a.get<CommandStack>('commandStack').redo()
    expect(b.element(CELL_1A).text).toBe('9')
    expect(a.imports() + b.imports()).toBe(0)
    expect(ownHistory(a)).toHaveLength(1)
    await expectConverged(a, b)
  })

  it('undoing an added rule removes it on both sides', async () => {
    const { a, b } = await peers()
    const before = a.rows()
    const rule = a.modeling().addRow({ type: 'dmn:DecisionRule' })
    expect(b.rows()).toContain(rule.id)
    a.binding.undo()
    expect(a.rows()).toEqual(before)
    expect(b.rows()).toEqual(before)
    await expectConverged(a, b)
    await expectValidFolder(a.doc)
  })

  it('keeps B’s focused cell editor and its caret while A edits another cell', async () => {
    const { a, b } = await peers()
    const cell = b.container.querySelector<HTMLElement>(`[data-element-id="${CELL_2A}"]`)
    cell?.querySelector<HTMLElement>('[contenteditable]')?.focus()
    // dmn-js swaps the cell's text for its FEEL editor (CodeMirror) on focus.
    await expect
      .poll(
        () =>
          cell?.contains(document.activeElement) && document.activeElement?.matches('.cm-content')
      )
      .toBe(true)
    const editor = document.activeElement as HTMLElement
    const text = editor.querySelector('.cm-line')?.lastChild
    if (!text) throw new Error('no text in the editor')
    window.getSelection()?.collapse(text.firstChild ?? text, 1)
    const caret = () => {
      const selection = window.getSelection()
      return { node: selection?.anchorNode, offset: selection?.anchorOffset }
    }
    const before = caret()
    a.modeling().editCell(a.element(CELL_1A), '4')
    await expect.poll(() => b.cellText(CELL_1A)).toBe('4')
    expect(document.activeElement).toBe(editor)
    expect(editor.isConnected).toBe(true)
    expect(caret()).toEqual(before)
  })

  it('a remote edit of the cell B is editing shows in B’s open editor, which keeps the focus', async () => {
    const { a, b } = await peers()
    const cell = b.container.querySelector<HTMLElement>(`[data-element-id="${CELL_2A}"]`)
    cell?.querySelector<HTMLElement>('[contenteditable]')?.focus()
    await expect
      .poll(
        () =>
          cell?.contains(document.activeElement) && document.activeElement?.matches('.cm-content')
      )
      .toBe(true)
    const editor = document.activeElement as HTMLElement
    a.modeling().editCell(a.element(CELL_2A), '>= 5')
    await expect.poll(() => editor.textContent).toBe('>= 5')
    expect(document.activeElement).toBe(editor)
  })

  it('a typed operation from elsewhere (setCell) is shown too', async () => {
    const { a, b } = await peers()
    setCell(a.doc, 'server', DMN_FILE, CELL_1B, '75')
    expect(a.element(CELL_1B).text).toBe('75')
    expect(b.element(CELL_1B).text).toBe('75')
    await expect.poll(() => b.cellText(CELL_1B)).toBe('75')
    expect(a.binding.canUndo()).toBe(false)
  })

  it('a modeler bound after the document changed catches up on binding', async () => {
    const { a, b } = await peers({
      beforeBind: ([docA]) => setCell(docA, 'server', DMN_FILE, CELL_1B, '12'),
    })
    expect(a.element(CELL_1B).text).toBe('12')
    expect(b.element(CELL_1B).text).toBe('12')
    await expectConverged(a, b)
  })
})

describe('dmn-js binding: other views', () => {
  it('a decision renamed in the DRD reaches the other side’s DRD and its list of views', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const decision = a
      .get<{ get(id: string): unknown }>('elementRegistry')
      .get('Decision_Steuersatz')
    a.get<{ updateLabel(element: unknown, text: string): void }>('modeling').updateLabel(
      decision,
      'Jahressteuersatz'
    )
    expect(b.element('Decision_Steuersatz').name).toBe('Jahressteuersatz')
    await expect
      .poll(() => b.container.querySelector('[data-element-id="Decision_Steuersatz"]')?.textContent)
      .toContain('Jahressteuersatz')
    expect(
      b.modeler.getViews().find((view) => view.id === 'Decision_Steuersatz')?.element.name
    ).toBe('Jahressteuersatz')
    expect(b.imports()).toBe(0)
    const [filesA, filesB] = await Promise.all([deriveFiles(a.doc), deriveFiles(b.doc)])
    expect(filesA[DMN_FILE]).toBe(filesB[DMN_FILE])
    await expectValidFolder(b.doc)
  })

  it('a view opened after binding is hooked too: its commands are written, its undo is per user', async () => {
    const { a, b } = await peers()
    const drd = a.modeler.getViews().find((view) => view.type === 'drd')
    if (!drd) throw new Error('no DRD view')
    await a.modeler.open(drd)
    const decision = a
      .get<{ get(id: string): unknown }>('elementRegistry')
      .get('Decision_Steuerbefreiung')
    a.get<{ updateLabel(element: unknown, text: string): void }>('modeling').updateLabel(
      decision,
      'Befreiung von der Hundesteuer'
    )
    expect(b.element('Decision_Steuerbefreiung').name).toBe('Befreiung von der Hundesteuer')
    // B still shows its decision table, untouched by a change elsewhere in the model.
    expect(b.imports()).toBe(0)
    expect(b.modeler.getActiveView()?.type).toBe('decisionTable')
    a.get<CommandStack>('commandStack').undo()
    expect(b.element('Decision_Steuerbefreiung').name).toBe('Steuerbefreiung')
    expect(a.element('Decision_Steuerbefreiung').name).toBe('Steuerbefreiung')
    const [filesA, filesB] = await Promise.all([deriveFiles(a.doc), deriveFiles(b.doc)])
    expect(filesA[DMN_FILE]).toBe(filesB[DMN_FILE])
  })
})
