/// <reference lib="dom" />
import type { ModdleElement } from '@bauplan/domain'
import { afterEach, describe, expect, it } from 'vitest'
import { deriveFiles } from '../../document/deriveFiles'
import { reconcileDefinitions } from '../../document/reconcileDefinitions'
import type { Canvas, DiagramElement, Selection } from '../diagramTypes'
import { DMN_FILE, cleanUp, peers, type Peer } from './dmnTestPeers'

afterEach(cleanUp)

const STEUERSATZ = 'Decision_Steuersatz'
const BEFREIUNG = 'Decision_Steuerbefreiung'
const SATZUNG = 'KnowledgeSource_Hundesteuersatzung'
const AUTHORITY = 'AuthorityRequirement_Steuersatz_Hundesteuersatzung'
const DIAGRAM = 'DMNDiagram_HundesteuerAnmelden'

/** The DRD services of a peer's active viewer the tests drive and read. */
interface Drd {
  registry: {
    get(id: string): DiagramElement | undefined
    getGraphics(element: DiagramElement): SVGElement | undefined
  }
  canvas: Canvas & {
    zoom(scale: number, center?: { x: number; y: number }): number
    scroll(delta: { dx: number; dy: number }): void
  }
  selection: Selection
  elementFactory: { createShape(attrs: { type: string }): DiagramElement }
  modeling: {
    updateLabel(element: DiagramElement, text: string): void
    moveShape(shape: DiagramElement, delta: { x: number; y: number }): void
    createShape(
      shape: DiagramElement,
      position: { x: number; y: number },
      parent: DiagramElement
    ): DiagramElement
    connect(source: DiagramElement, target: DiagramElement): DiagramElement
    removeElements(elements: DiagramElement[]): void
  }
  /** dmn-js's own undo history (diagram-js keeps it in `_stack`). */
  history(): unknown[]
  shape(id: string): DiagramElement
}

function drd(peer: Peer): Drd {
  const registry = peer.get<Drd['registry']>('elementRegistry')
  return {
    registry,
    canvas: peer.get<Drd['canvas']>('canvas'),
    selection: peer.get<Selection>('selection'),
    elementFactory: peer.get<Drd['elementFactory']>('elementFactory'),
    modeling: peer.get<Drd['modeling']>('modeling'),
    history: () => peer.get<{ _stack: unknown[] }>('commandStack')._stack,
    shape: (id) => {
      const element = registry.get(id)
      if (!element) throw new Error(`no element ${id} in the DRD`)
      return element
    },
  }
}

/** Counts how often dmn-js (re-)opens a view of the peer from now on. */
function countOpens(peer: Peer): () => number {
  let opens = 0
  peer.modeler.on('import.render.start', () => {
    opens++
  })
  return () => opens
}

/** Where a person looks: the visible area and zoom (not `inner`, the drawing's own bounds). */
function viewbox(view: Drd): {
  x: number
  y: number
  width: number
  height: number
  scale: number
} {
  const { x, y, width, height, scale } = view.canvas.viewbox()
  return { x, y, width, height, scale }
}

/** B's view as a person set it up: zoomed and scrolled, one decision selected. */
function setUpView(view: Drd): { viewbox: ReturnType<typeof viewbox>; selected: string[] } {
  view.canvas.zoom(1.4, { x: 100, y: 100 })
  view.canvas.scroll({ dx: -37, dy: 21 })
  view.selection.select([view.shape(BEFREIUNG)])
  return { viewbox: viewbox(view), selected: [BEFREIUNG] }
}

function selectedIds(view: Drd): string[] {
  return view.selection.get().map((element) => element.id)
}

function points(element: DiagramElement): { x: number; y: number }[] {
  return (element.waypoints ?? []).map(({ x, y }) => ({ x, y }))
}

async function expectConverged(a: Peer, b: Peer): Promise<void> {
  const [filesA, filesB] = await Promise.all([deriveFiles(a.doc), deriveFiles(b.doc)])
  expect(filesA[DMN_FILE]).toBe(filesB[DMN_FILE])
}

describe('dmn-js binding: the DRD shows remote changes step by step', () => {
  it('a rename in A is redrawn in B’s DRD without re-opening; B’s viewbox, selection and shapes stay', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const viewA = drd(a)
    const viewB = drd(b)
    const opens = countOpens(b)
    const before = setUpView(viewB)
    const renamed = viewB.shape(STEUERSATZ)
    const renamedGfx = viewB.registry.getGraphics(renamed)
    const untouched = viewB.shape(SATZUNG)
    const untouchedGfx = viewB.registry.getGraphics(untouched)

    viewA.modeling.updateLabel(viewA.shape(STEUERSATZ), 'Jahressteuersatz')

    expect(viewB.shape(STEUERSATZ)).toBe(renamed)
    expect(viewB.registry.getGraphics(renamed)).toBe(renamedGfx)
    expect(renamedGfx?.textContent).toContain('Jahressteuersatz')
    expect(viewB.shape(SATZUNG)).toBe(untouched)
    expect(viewB.registry.getGraphics(untouched)).toBe(untouchedGfx)
    expect(viewbox(viewB)).toEqual(before.viewbox)
    expect(selectedIds(viewB)).toEqual(before.selected)
    expect(opens()).toBe(0)
    expect(b.imports()).toBe(0)
    expect(viewB.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('a shape moved in A moves in B, its requirement edges with it', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const viewA = drd(a)
    const viewB = drd(b)
    const opens = countOpens(b)
    const before = setUpView(viewB)
    const shape = viewB.shape(SATZUNG)
    const { x, y } = shape
    const edge = viewB.shape(AUTHORITY)

    viewA.modeling.moveShape(viewA.shape(SATZUNG), { x: 40, y: 30 })

    expect(viewB.shape(SATZUNG)).toBe(shape)
    expect({ x: shape.x, y: shape.y }).toEqual({ x: Number(x) + 40, y: Number(y) + 30 })
    expect(viewB.registry.getGraphics(shape)?.getAttribute('transform')).toContain(
      `${Number(x) + 40}`
    )
    expect(viewB.shape(AUTHORITY)).toBe(edge)
    expect(points(edge)).toEqual(points(viewA.shape(AUTHORITY)))
    expect(viewbox(viewB)).toEqual(before.viewbox)
    expect(selectedIds(viewB)).toEqual(before.selected)
    expect(opens()).toBe(0)
    expect(viewB.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('input data with a requirement added in A appears in B, and leaves again when A removes it', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const viewA = drd(a)
    const viewB = drd(b)
    const opens = countOpens(b)
    const before = setUpView(viewB)
    const untouched = viewB.shape(SATZUNG)
    const untouchedGfx = viewB.registry.getGraphics(untouched)

    const input = viewA.modeling.createShape(
      viewA.elementFactory.createShape({ type: 'dmn:InputData' }),
      { x: 150, y: 420 },
      viewA.canvas.getRootElement()
    )
    viewA.modeling.updateLabel(input, 'Anzahl Hunde')
    const requirement = viewA.modeling.connect(input, viewA.shape(BEFREIUNG))

    const shown = viewB.shape(input.id)
    expect(shown.businessObject).toBe(b.element(input.id))
    expect(viewB.registry.getGraphics(shown)?.textContent).toContain('Anzahl Hunde')
    const edge = viewB.shape(requirement.id)
    expect(edge.source).toBe(shown)
    expect(edge.target).toBe(viewB.shape(BEFREIUNG))
    expect(points(edge)).toEqual(points(requirement))
    expect(viewB.shape(SATZUNG)).toBe(untouched)
    expect(viewB.registry.getGraphics(untouched)).toBe(untouchedGfx)
    expect(viewbox(viewB)).toEqual(before.viewbox)
    expect(selectedIds(viewB)).toEqual(before.selected)
    await expectConverged(a, b)

    // Drawn with its DI bound: B's own move of the new shape is written and reaches A.
    const xInA = Number(viewA.shape(input.id).x)
    viewB.modeling.moveShape(shown, { x: 20, y: 0 })
    expect(viewA.shape(input.id).x).toBe(xInA + 20)
    const boundsInB = (b.element(input.id).di as { bounds: { x: number } }).bounds
    expect(boundsInB.x).toBe(xInA + 20)
    await expectConverged(a, b)

    viewA.modeling.removeElements([viewA.shape(input.id)])
    expect(viewB.registry.get(input.id)).toBeUndefined()
    expect(viewB.registry.get(requirement.id)).toBeUndefined()
    expect(viewB.shape(BEFREIUNG).incoming).not.toContain(edge)
    expect(shown.parent).toBeFalsy()
    expect(viewB.shape(SATZUNG)).toBe(untouched)
    expect(viewbox(viewB)).toEqual(before.viewbox)
    expect(selectedIds(viewB)).toEqual(before.selected)
    expect(opens()).toBe(0)
    expect(b.imports()).toBe(0)
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('a requirement removed in A leaves B’s DRD; a selected element removed leaves B’s selection', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const viewA = drd(a)
    const viewB = drd(b)
    const opens = countOpens(b)
    const before = setUpView(viewB)
    const edge = viewB.shape(AUTHORITY)
    viewB.selection.select([viewB.shape(BEFREIUNG), edge])

    viewA.modeling.removeElements([viewA.shape(AUTHORITY)])

    expect(viewB.registry.get(AUTHORITY)).toBeUndefined()
    expect(viewB.shape(SATZUNG).outgoing).not.toContain(edge)
    expect(viewB.shape(STEUERSATZ).incoming).not.toContain(edge)
    expect(b.element(STEUERSATZ).authorityRequirement).toEqual([])
    expect(selectedIds(viewB)).toEqual(before.selected)
    expect(viewbox(viewB)).toEqual(before.viewbox)
    expect(opens()).toBe(0)
    expect(viewB.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('a change it cannot map re-opens B’s DRD, which keeps its viewbox and selection', async () => {
    const { a, b } = await peers({ view: 'drd' })
    const viewB = drd(b)
    const opens = countOpens(b)
    const before = setUpView(viewB)
    // The diagram itself is replaced (another id): the canvas shows one that is gone.
    const definitions = a.modeler.getDefinitions() as ModdleElement
    a.element(DIAGRAM).id = 'DMNDiagram_Umbenannt'
    reconcileDefinitions(a.doc, 'server', DMN_FILE, definitions)

    expect(b.problems.map((problem) => problem.code)).toEqual(['collab.redraw'])
    await expect.poll(() => opens()).toBe(1)
    await expect.poll(() => viewbox(viewB)).toEqual(before.viewbox)
    expect(selectedIds(viewB)).toEqual(before.selected)
    expect(viewB.registry.get(STEUERSATZ)).toBeDefined()
    expect(b.imports()).toBe(0)
    await expectConverged(a, b)

    // Re-opened, the DRD shows the next change step by step again.
    drd(a).modeling.updateLabel(drd(a).shape(STEUERSATZ), 'Steuersatz 2025')
    expect(viewB.registry.getGraphics(viewB.shape(STEUERSATZ))?.textContent).toContain(
      'Steuersatz 2025'
    )
    expect(opens()).toBe(1)
    await expectConverged(a, b)
  })
})
