import 'dmn-js/dist/assets/dmn-js-decision-table.css'
import {
  bindDmnModeler,
  presenceColour,
  setLocalSelection,
  type DmnModelerLike,
} from '@bauplan/collab'
import DmnModeler from 'dmn-js/lib/Modeler'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { bindDmnRemoteSelections } from './bindDmnRemoteSelections'
import { PRESENCE_LAYER } from './bindRemoteSelections'
import { CELL_LABEL_CLASS, TABLE_PRESENCE_SCOPE } from './bindTableRemoteSelections'
import {
  anna,
  bernd,
  carla,
  linkedDocuments,
  modelerContainer,
  type Person,
} from './testing/twoPeople'

const FOLDER = 'hundesteuer-anmelden'
const DMN_FILE = `${FOLDER}.dmn`
const DECISION = 'Decision_Steuersatz'
const OTHER_DECISION = 'Decision_Steuerbefreiung'
const RULE_2 = 'Rule_Steuersatz_WeitererHund'
const CELL_1A = 'InputEntry_Steuersatz_ErsterHund_LaufendeNummer'
const CELL_1B = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'
const CELL_2A = 'InputEntry_Steuersatz_WeitererHund_LaufendeNummer'

interface TableRow {
  id: string
}
interface CommandStack {
  _stack: unknown[]
}

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.()
})

/**
 * Two people on one draft, as in the editor: each has a real dmn-js Modeler bound to their own
 * Y.Doc (the documents exchange updates directly, standing in for the server) and an awareness in
 * one MemoryPresenceRoom (which stamps identities like the server). Both start in `view`.
 */
async function twoPeople(view: 'drd' | typeof DECISION = DECISION) {
  const { docs, xml, room } = await linkedDocuments(`verfahren/${FOLDER}`, DMN_FILE, cleanups)

  const person = async (doc: Y.Doc, user: Person) => {
    const container = modelerContainer()
    const modeler = new DmnModeler({ container })
    await modeler.importXML(xml)
    const open = async (wanted: 'drd' | string) => {
      const target = modeler
        .getViews()
        .find((v) => (wanted === 'drd' ? v.type === 'drd' : v.element.id === wanted))
      if (!target) throw new Error(`no view ${wanted}`)
      await modeler.open(target)
    }
    await open(view)
    const binding = bindDmnModeler(modeler as unknown as DmnModelerLike, doc, {
      fileName: DMN_FILE,
      origin: { user: user.userId },
    })
    const awareness = room.join(user)
    const unbind = bindDmnRemoteSelections(modeler, awareness, DMN_FILE)
    cleanups.push(() => {
      unbind()
      binding.destroy()
      modeler.destroy()
      container.remove()
    })
    const get = <T>(name: string) => modeler.getActiveViewer()!.get<T>(name)
    /** Selects a table cell as a click does (dmn-js's cell selection), or clears it. */
    const selectCell = (id?: string) => {
      const selection = get<{ select(id: string): void; deselect(): void }>('selection')
      if (id) selection.select(id)
      else selection.deselect()
    }
    const selectedCell = () => get<{ getCellSelection(): string | undefined }>('cellSelection')
    const cell = (id: string) => container.querySelector<HTMLElement>(`td[data-element-id="${id}"]`)
    /** The cells with a presence ring, by id, with the ring as computed. */
    const rings = () =>
      [...container.querySelectorAll<HTMLElement>('[data-element-id]')]
        .map((element) => ({
          id: element.dataset.elementId,
          boxShadow: getComputedStyle(element).boxShadow,
        }))
        .filter((ring) => ring.boxShadow !== 'none')
    const labels = () =>
      [...container.querySelectorAll<HTMLElement>('.bauplan-presence-label')].map((label) => ({
        name: label.textContent,
        in: label.closest<HTMLElement>('[data-element-id]')?.dataset.elementId,
      }))
    const drdOutlines = () =>
      [...container.querySelectorAll<SVGElement>(`.${PRESENCE_LAYER}-outline`)].map((o) => ({
        id: o.dataset.elementId,
        stroke: o.getAttribute('stroke'),
      }))
    return {
      container,
      modeler,
      awareness,
      unbind,
      open,
      get,
      selectCell,
      selectedCell,
      cell,
      rings,
      labels,
      drdOutlines,
    }
  }
  return { anna: await person(docs[0], anna), bernd: await person(docs[1], bernd), room }
}

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** Labels are put back by a mutation observer: after the DOM changed, wait for its callback. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('bindDmnRemoteSelections: decision table', () => {
  it('publishes the selected cell and rings it for the other person in their colour, with the name', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.selectCell(CELL_1A)
    expect(b.awareness.getLocalState()?.selection).toEqual({ fileName: DMN_FILE, ids: [CELL_1A] })

    const colour = rgb(presenceColour('u-bernd').fill)
    expect(a.rings()).toEqual([{ id: CELL_1A, boxShadow: `${colour} 0px 0px 0px 2px inset` }])
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1A }])
    const label = a.cell(CELL_1A)!.querySelector<HTMLElement>(`.${CELL_LABEL_CLASS}`)!
    expect(getComputedStyle(label).backgroundColor).toBe(colour)
    expect(getComputedStyle(label).pointerEvents).toBe('none')
    // The label sits above the cell, and the cell's own text is untouched.
    expect(label.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      a.cell(CELL_1A)!.getBoundingClientRect().top + 0.5
    )
    // Nobody rings their own selection, and Anna's selection was never touched.
    expect(b.rings()).toEqual([])
    expect(b.labels()).toEqual([])
    expect(a.selectedCell().getCellSelection()).toBeFalsy()
    // The name in the cell passes axe (its contrast above all) along with the table around it.
    await expectNoSeriousA11yViolations(a.container)

    // The ring follows Bernd's selection (a click on a cell) and goes when he selects nothing.
    b.cell(CELL_1B)!.click()
    expect(b.awareness.getLocalState()?.selection).toEqual({ fileName: DMN_FILE, ids: [CELL_1B] })
    expect(a.rings().map((ring) => ring.id)).toEqual([CELL_1B])
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1B }])
    b.selectCell()
    expect(b.awareness.getLocalState()?.selection).toBeNull()
    expect(a.rings()).toEqual([])
    expect(a.labels()).toEqual([])
  })

  it('nests the rings of two people on one cell, each with their name', async () => {
    const { anna: a, bernd: b, room } = await twoPeople()
    const carlaTab = room.join(carla)
    setLocalSelection(carlaTab, DMN_FILE, [CELL_1A])
    b.selectCell(CELL_1A)
    const [berndColour, carlaColour] = [bernd, carla].map((u) => rgb(presenceColour(u.userId).fill))
    expect(a.rings()).toEqual([
      {
        id: CELL_1A,
        boxShadow: `${berndColour} 0px 0px 0px 2px inset, ${carlaColour} 0px 0px 0px 4px inset`,
      },
    ])
    expect(a.labels().map((label) => label.name)).toEqual(['Bernd Özdemir', 'Carla Weber'])
    const [first, second] = [...a.cell(CELL_1A)!.querySelectorAll(`.${CELL_LABEL_CLASS}`)]
    expect(second!.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      first!.getBoundingClientRect().top + 0.5
    )
    // A selection in another file of the draft is not drawn here.
    setLocalSelection(carlaTab, 'andere.dmn', [CELL_1A])
    expect(a.labels().map((label) => label.name)).toEqual(['Bernd Özdemir'])
  })

  it('drops the ring and name when the rule is deleted remotely or the person leaves; no command, no local selection', async () => {
    const { anna: a, bernd: b, room } = await twoPeople()
    b.selectCell(CELL_2A)
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_2A }])

    // Bernd deletes the rule of the cell he has selected: Anna's table loses the row through the
    // collaboration binding, and the ring and label go with it.
    const rule = b
      .get<{ getRoot(): { rows: TableRow[] } }>('sheet')
      .getRoot()
      .rows.find((row) => row.id === RULE_2)!
    b.get<{ removeRow(row: TableRow): void }>('modeling').removeRow(rule)
    await expect.poll(() => a.cell(CELL_2A)).toBeNull()
    await settled()
    expect(a.rings()).toEqual([])
    expect(a.labels()).toEqual([])

    // Rows added by someone else while a cell is ringed: the ring stays on its cell.
    b.selectCell(CELL_1B)
    b.get<{ addRow(attrs: { type: string }, index: number): TableRow }>('modeling').addRow(
      { type: 'dmn:DecisionRule' },
      0
    )
    await settled()
    expect(a.rings().map((ring) => ring.id)).toEqual([CELL_1B])
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1B }])

    // Bernd closes his tab: his ring and name go.
    room.leave(b.awareness)
    expect(a.rings()).toEqual([])
    expect(a.labels()).toEqual([])

    // Presence wrote nothing to Anna's command stack and left her selection alone.
    expect(a.get<CommandStack>('commandStack')._stack).toEqual([])
    expect(a.selectedCell().getCellSelection()).toBeFalsy()
  })

  it('keeps the name in the ringed cell through a remote edit and a re-render', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.selectCell(CELL_1A)
    b.get<{ editCell(bo: unknown, text: string): void }>('modeling').editCell(
      b.get<{ get(id: string): { businessObject: unknown } }>('elementRegistry').get(CELL_1A)!
        .businessObject,
      '>= 1'
    )
    await expect.poll(() => a.cell(CELL_1A)?.textContent).toContain('>= 1')
    await settled()
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1A }])
    expect(a.rings().map((ring) => ring.id)).toEqual([CELL_1A])

    // A re-render that empties the cell (Inferno clears a cell's children when their shape
    // changes) takes the label out; it comes back.
    a.cell(CELL_1A)!.querySelector(`.${CELL_LABEL_CLASS}`)!.remove()
    await settled()
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1A }])
  })
})

describe('bindDmnRemoteSelections: views', () => {
  it('outlines a remote DRD selection like on the BPMN canvas', async () => {
    const { anna: a, bernd: b } = await twoPeople('drd')
    const element = (id: string) => b.get<{ get(id: string): unknown }>('elementRegistry').get(id)!
    b.get<{ select(elements: unknown[]): void }>('selection').select([element(DECISION)])
    expect(b.awareness.getLocalState()?.selection).toEqual({ fileName: DMN_FILE, ids: [DECISION] })
    expect(a.drdOutlines()).toEqual([{ id: DECISION, stroke: presenceColour('u-bernd').fill }])
    expect(a.labels().map((label) => label.name)).toEqual(['Bernd Özdemir'])
    expect(a.get<CommandStack>('commandStack')._stack).toEqual([])
    expect(a.get<{ get(): unknown[] }>('selection').get()).toEqual([])
  })

  it('re-binds when a view opens: the DRD, another table, back to the table', async () => {
    const { anna: a, bernd: b } = await twoPeople('drd')
    // Bernd opens the table and selects a cell: Anna, in the DRD, sees no table ring.
    await b.open(DECISION)
    b.selectCell(CELL_1A)
    expect(b.awareness.getLocalState()?.selection).toEqual({ fileName: DMN_FILE, ids: [CELL_1A] })
    expect(a.drdOutlines()).toEqual([])

    // Anna opens the same table: the ring is there.
    await a.open(DECISION)
    expect(a.rings().map((ring) => ring.id)).toEqual([CELL_1A])
    expect(a.labels()).toEqual([{ name: 'Bernd Özdemir', in: CELL_1A }])

    // Bernd opens another decision's table: his selection is withdrawn, Anna's ring goes.
    await b.open(OTHER_DECISION)
    expect(b.awareness.getLocalState()?.selection).toBeNull()
    expect(a.rings()).toEqual([])

    // Anna opens the other table too, then the DRD: one binding at a time, none left behind.
    await a.open(OTHER_DECISION)
    await a.open('drd')
    expect(document.querySelectorAll(`[${TABLE_PRESENCE_SCOPE}]`)).toHaveLength(1)
    expect(document.querySelectorAll('style[data-bauplan-presence]')).toHaveLength(1)
    b.selectCell(b.container.querySelector<HTMLElement>('td[data-element-id]')!.dataset.elementId)
    expect(a.drdOutlines()).toEqual([])
  })

  it('cleans up: rings, labels, scope and listeners gone, the local selection withdrawn', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.selectCell(CELL_1A)
    expect(a.labels()).toHaveLength(1)
    a.unbind()
    expect(a.rings()).toEqual([])
    expect(a.labels()).toEqual([])
    expect(a.container.querySelector(`[${TABLE_PRESENCE_SCOPE}]`)).toBeNull()
    b.selectCell(CELL_1B)
    expect(a.labels()).toEqual([])

    b.unbind()
    expect(b.awareness.getLocalState()?.selection).toBeNull()
    expect(document.querySelectorAll('style[data-bauplan-presence]')).toHaveLength(0)
    // Selecting after unbinding publishes nothing, in the table or after opening the DRD.
    b.selectCell(CELL_1A)
    await b.open('drd')
    expect(b.awareness.getLocalState()?.selection).toBeNull()
  })
})
