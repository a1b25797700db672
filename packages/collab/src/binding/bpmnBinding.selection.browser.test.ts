/// <reference lib="dom" />
import { afterEach, describe, expect, it } from 'vitest'
import type { DiagramElement } from './diagramTypes'
import { cleanUp, modeling, nameOf, peers, TASK_1, TASK_2, type Peer } from './bpmnTestPeers'

// What a person has selected and where they look is their own: neither their own renames (which
// the binding writes and reconciles) nor anyone else's changes may take it away.

afterEach(cleanUp)

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface DirectEditing {
  activate(element: DiagramElement): boolean
  isActive(element?: DiagramElement): boolean
  complete(): void
}

const selection = (peer: Peer) =>
  peer.get<{ select(elements: unknown): void; get(): DiagramElement[] }>('selection')
const selectedIds = (peer: Peer) =>
  selection(peer)
    .get()
    .map((element) => element.id)
const canvasOf = (peer: Peer) =>
  peer.get<{ viewbox(box?: Box): Box; getContainer(): HTMLElement }>('canvas')
const viewboxOf = (peer: Peer) => {
  const { x, y, width, height } = canvasOf(peer).viewbox()
  return { x, y, width, height }
}

/** Renames in bpmn-js's label editor, as a double click and typing would: open, type, complete. */
function renameInLabelEditor(peer: Peer, element: DiagramElement, name: string) {
  const editing = peer.get<DirectEditing>('directEditing')
  expect(editing.activate(element)).toBe(true)
  typeIntoLabelEditor(peer, name)
  editing.complete()
}

function typeIntoLabelEditor(peer: Peer, name: string) {
  const content = canvasOf(peer).getContainer().querySelector('.djs-direct-editing-content')
  if (!(content instanceof HTMLElement)) throw new Error('the label editor is not open')
  content.innerText = name
}

describe('bindBpmnModeler: the local selection and viewbox', () => {
  it('keeps A’s selection when A renames the selected task (modeling and label editor)', async () => {
    const { a, b } = await peers()
    const task = a.shape(TASK_1)
    selection(a).select(task)

    modeling(a).updateLabel(task, 'Gebühr festsetzen und buchen')
    expect(selection(a).get()).toEqual([task])
    renameInLabelEditor(a, task, 'Gebühr verbindlich festsetzen')

    expect(selection(a).get()).toEqual([task])
    expect(a.shape(TASK_1)).toBe(task)
    expect(nameOf(b, TASK_1)).toBe('Gebühr verbindlich festsetzen')
  })

  it('keeps B’s selection and viewbox when A renames and moves the selected task and another', async () => {
    const { a, b } = await peers()
    canvasOf(b).viewbox({ x: 250, y: 100, width: 700, height: 389 })
    const viewbox = viewboxOf(b)
    const selected = b.shape(TASK_1)
    selection(b).select(selected)

    modeling(a).updateLabel(a.shape(TASK_1), 'Gebühr festsetzen und buchen')
    renameInLabelEditor(a, a.shape(TASK_2), 'Kassenzeichen sofort vergeben')
    modeling(a).moveElements([a.shape(TASK_1)], { x: 0, y: 40 })
    modeling(a).moveElements([a.shape(TASK_2)], { x: 20, y: 0 })

    expect(nameOf(b, TASK_1)).toBe('Gebühr festsetzen und buchen')
    expect(nameOf(b, TASK_2)).toBe('Kassenzeichen sofort vergeben')
    expect(b.shape(TASK_1).y).toBe(a.shape(TASK_1).y)
    expect(selection(b).get()).toEqual([selected])
    expect(b.shape(TASK_1)).toBe(selected)
    expect(viewboxOf(b)).toEqual(viewbox)
  })

  it('keeps B’s label editor open while A renames another element', async () => {
    const { a, b } = await peers()
    const editing = b.get<DirectEditing>('directEditing')
    selection(b).select(b.shape(TASK_1))
    expect(editing.activate(b.shape(TASK_1))).toBe(true)
    typeIntoLabelEditor(b, 'Gebühr in Ruhe festsetzen')

    modeling(a).updateLabel(a.shape(TASK_2), 'Kassenzeichen sofort vergeben')

    expect(nameOf(b, TASK_2)).toBe('Kassenzeichen sofort vergeben')
    expect(editing.isActive(b.shape(TASK_1))).toBe(true)
    editing.complete()
    expect(selectedIds(b)).toEqual([TASK_1])
    expect(nameOf(a, TASK_1)).toBe('Gebühr in Ruhe festsetzen')
  })
})
