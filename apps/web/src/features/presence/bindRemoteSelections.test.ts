import { bindBpmnModeler, presenceColour, setLocalSelection } from '@bauplan/collab'
import { bauplanModdleDescriptor } from '@bauplan/domain'
import Modeler from 'bpmn-js/lib/Modeler'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { bindRemoteSelections, PRESENCE_LAYER } from './bindRemoteSelections'
import type { CanvasElement } from './diagramServices'
import {
  anna,
  bernd,
  carla,
  linkedDocuments,
  modelerContainer,
  type Person,
} from './testing/twoPeople'

const BLOCK = 'gebuehr-berechnen-und-festsetzen'
const BPMN_FILE = `${BLOCK}.bpmn`
const TASK = 'Activity_GebuehrFestsetzen'
const OTHER_TASK = 'Activity_KassenzeichenVergeben'
const FLOW = 'Flow_Activity_GebuehrFestsetzen_Activity_KassenzeichenVergeben'

interface Modeling {
  removeElements(elements: CanvasElement[]): void
  moveElements(elements: CanvasElement[], delta: { x: number; y: number }): void
  updateLabel(element: CanvasElement, text: string): void
  appendShape(
    source: CanvasElement,
    shape: { type: string },
    position: { x: number; y: number }
  ): CanvasElement
}
interface CommandStack {
  canUndo(): boolean
  _stack: unknown[]
}

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.()
})

/**
 * Two people on one draft, as in the editor: each has a real bpmn-js Modeler bound to their own
 * Y.Doc (the documents exchange updates directly, standing in for the server) and an awareness in
 * one MemoryPresenceRoom (which stamps identities like the server).
 */
async function twoPeople() {
  const { docs, xml, room } = await linkedDocuments(`bausteine/${BLOCK}`, BPMN_FILE, cleanups)

  const person = async (doc: Y.Doc, user: Person) => {
    const container = modelerContainer()
    const modeler = new Modeler({
      container,
      moddleExtensions: { bauplan: bauplanModdleDescriptor },
    })
    await modeler.importXML(xml)
    const binding = bindBpmnModeler(modeler, doc, {
      fileName: BPMN_FILE,
      origin: { user: user.userId },
    })
    const awareness = room.join(user)
    const unbind = bindRemoteSelections(modeler, awareness, BPMN_FILE)
    cleanups.push(() => {
      unbind()
      binding.destroy()
      modeler.destroy()
      container.remove()
    })
    const get = <T>(name: string) => modeler.get(name) as T
    const element = (id: string) =>
      get<{ get(id: string): CanvasElement | undefined }>('elementRegistry').get(id)!
    const select = (...ids: string[]) =>
      get<{ select(elements: CanvasElement[]): void }>('selection').select(ids.map(element))
    const selected = () =>
      get<{ get(): CanvasElement[] }>('selection')
        .get()
        .map((e) => e.id)
    const outlines = () =>
      [...container.querySelectorAll<SVGElement>(`.${PRESENCE_LAYER}-outline`)].map((outline) => ({
        id: outline.dataset.elementId,
        user: outline.dataset.userId,
        stroke: outline.getAttribute('stroke'),
        shape: outline.tagName,
      }))
    const outlineElement = (id: string) =>
      container.querySelector<SVGElement>(`.${PRESENCE_LAYER}-outline[data-element-id="${id}"]`)!
    const visual = (id: string) =>
      container.querySelector<SVGElement>(`[data-element-id="${id}"].djs-element > .djs-visual`)!
    /** The name drawn in the element's visual (bpmn-js splits it into tspans by line). */
    const drawnName = (id: string) =>
      [...visual(id).querySelectorAll('tspan')]
        .map((line) => line.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    const labels = () =>
      [...container.querySelectorAll<HTMLElement>('.bauplan-presence-label')].map(
        (l) => l.textContent
      )
    return {
      container,
      modeler,
      awareness,
      unbind,
      get,
      element,
      select,
      selected,
      outlines,
      outlineElement,
      visual,
      drawnName,
      labels,
    }
  }
  return { anna: await person(docs[0], anna), bernd: await person(docs[1], bernd), room }
}

/** Whether the outline's box on screen encloses the element's drawn box. */
function surrounds(outline: Element, visual: Element): boolean {
  const o = outline.getBoundingClientRect()
  const v = visual.getBoundingClientRect()
  return o.left < v.left && o.top < v.top && o.right > v.right && o.bottom > v.bottom
}

describe('bindRemoteSelections', () => {
  it('publishes the local selection and outlines it for the other person in their colour', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.select(TASK, FLOW)
    expect(b.awareness.getLocalState()?.selection).toEqual({
      fileName: BPMN_FILE,
      ids: [TASK, FLOW],
    })

    const colour = presenceColour('u-bernd').fill
    expect(a.outlines()).toEqual([
      { id: TASK, user: 'u-bernd', stroke: colour, shape: 'rect' },
      { id: FLOW, user: 'u-bernd', stroke: colour, shape: 'polyline' },
    ])
    expect(a.labels()).toEqual(['Bernd Özdemir'])
    // Nobody outlines their own selection, and Anna's selection was never touched.
    expect(b.outlines()).toEqual([])
    expect(a.selected()).toEqual([])

    // The outline is drawn around the task, after its visual, and clicks pass through it. The
    // visual stays the group's first child: diagram-js redraws into `childNodes[0]`.
    const rect = a.outlineElement(TASK)
    expect(surrounds(rect, a.visual(TASK))).toBe(true)
    expect(rect.parentNode!.childNodes[0]).toBe(a.visual(TASK))
    expect(
      a.visual(TASK).compareDocumentPosition(rect) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy()
    expect(rect.getAttribute('pointer-events')).toBe('none')
    const halo = a.outlineElement(FLOW)
    expect(halo.parentNode!.childNodes[0]).toBe(a.visual(FLOW))
    // It is painted after (above) the pool and lane around the task, whose fill would hide it.
    for (const container of ['Participant_Behoerde', 'Lane_Sachbearbeitung']) {
      const position = a.visual(container).compareDocumentPosition(rect)
      expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    }

    b.select(OTHER_TASK)
    expect(a.outlines().map((o) => o.id)).toEqual([OTHER_TASK])
    b.select()
    expect(a.outlines()).toEqual([])
    expect(a.labels()).toEqual([])
  })

  it('stacks the outlines of two people on the same element, each with their name', async () => {
    const { anna: a, bernd: b, room } = await twoPeople()
    // Carla has the draft open elsewhere (only her awareness is needed here).
    const carlaTab = room.join(carla)
    setLocalSelection(carlaTab, BPMN_FILE, [TASK])
    b.select(TASK)
    expect(a.outlines().map((o) => [o.user, o.stroke])).toEqual([
      ['u-bernd', presenceColour('u-bernd').fill],
      ['u-carla', presenceColour('u-carla').fill],
    ])
    const [inner, outer] = [...a.container.querySelectorAll(`rect.${PRESENCE_LAYER}-outline`)]
    expect(Number(outer!.getAttribute('width'))).toBeGreaterThan(
      Number(inner!.getAttribute('width'))
    )
    expect(a.labels()).toEqual(['Bernd Özdemir', 'Carla Weber'])
    // A selection in another file of the draft is not drawn here.
    setLocalSelection(carlaTab, 'andere.bpmn', [TASK])
    expect(a.outlines().map((o) => o.user)).toEqual(['u-bernd'])
  })

  it('drops the outline of an element someone else deletes, follows a remote move, never touches the command stack', async () => {
    const { anna: a, bernd: b, room } = await twoPeople()
    const carlaTab = room.join(carla)
    setLocalSelection(carlaTab, BPMN_FILE, [TASK, OTHER_TASK])
    expect(a.outlines().map((o) => o.id)).toEqual([TASK, OTHER_TASK])

    // Bernd deletes the task Carla still has selected: Anna's modeler removes it through the
    // collaboration binding, and its outline goes with it.
    b.get<Modeling>('modeling').removeElements([b.element(TASK)])
    expect(a.element(TASK)).toBeUndefined()
    expect(a.outlines().map((o) => o.id)).toEqual([OTHER_TASK])
    // The label moves to the first selected element that still exists.
    expect(a.labels()).toEqual(['Carla Weber'])

    // Bernd moves the other task: Anna's outline follows it.
    const before = a.element(OTHER_TASK).x!
    b.get<Modeling>('modeling').moveElements([b.element(OTHER_TASK)], { x: 40, y: 0 })
    expect(a.element(OTHER_TASK).x).toBe(before + 40)
    expect(surrounds(a.outlineElement(OTHER_TASK), a.visual(OTHER_TASK))).toBe(true)

    // Presence wrote nothing to Anna's command stack and left her selection alone.
    expect(a.get<CommandStack>('commandStack')._stack).toEqual([])
    expect(a.selected()).toEqual([])
  })

  it('redraws an element someone else has selected: a rename here and there shows on both canvases', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.select(TASK)
    expect(a.outlines().map((o) => o.id)).toEqual([TASK])

    // Anna renames the task Bernd has selected: her own canvas draws the new name.
    a.get<Modeling>('modeling').updateLabel(a.element(TASK), 'Gebühr prüfen')
    expect(a.drawnName(TASK)).toBe('Gebühr prüfen')
    expect(b.drawnName(TASK)).toBe('Gebühr prüfen')
    expect(a.outlineElement(TASK).parentNode!.childNodes[0]).toBe(a.visual(TASK))

    // Bernd renames it (through the shared document): Anna's canvas, with the outline, follows.
    b.get<Modeling>('modeling').updateLabel(b.element(TASK), 'Gebühr festlegen')
    expect(a.drawnName(TASK)).toBe('Gebühr festlegen')
    expect(surrounds(a.outlineElement(TASK), a.visual(TASK))).toBe(true)
  })

  it('shows the name of a task someone else appended and named while it is selected there', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    const modeling = b.get<Modeling>('modeling')
    const source = b.element(OTHER_TASK)
    const appended = modeling.appendShape(
      source,
      { type: 'bpmn:Task' },
      { x: source.x! + source.width! + 120, y: source.y! + source.height! / 2 }
    )
    b.select(appended.id)
    expect(a.outlines().map((o) => o.id)).toEqual([appended.id])
    modeling.updateLabel(b.element(appended.id), 'Bescheid senden')
    expect(a.drawnName(appended.id)).toBe('Bescheid senden')
  })

  it('cleans up: outlines, labels and listeners gone, the local selection withdrawn', async () => {
    const { anna: a, bernd: b } = await twoPeople()
    b.select(TASK)
    expect(a.labels()).toEqual(['Bernd Özdemir'])
    a.unbind()
    expect(a.outlines()).toEqual([])
    expect(a.labels()).toEqual([])
    b.select(OTHER_TASK)
    expect(a.outlines()).toEqual([])

    b.unbind()
    expect(b.awareness.getLocalState()?.selection).toBeNull()
    // Selecting after unbinding publishes nothing.
    b.select(TASK)
    expect(b.awareness.getLocalState()?.selection).toBeNull()
  })
})
