/// <reference lib="dom" />
import { checkBausteinFolder, type ModdleElement } from '@bauplan/domain'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { rename } from '../operations/setProperty'
import type { DiagramElement } from './diagramTypes'
import {
  cleanUp,
  createTask,
  modeling,
  nameOf,
  PARTICIPANT,
  peers,
  TASK_1,
  TASK_2,
  TASK_3,
  type Peer,
} from './bpmnTestPeers'

afterEach(cleanUp)

async function errorsOf(doc: Y.Doc): Promise<string[]> {
  const check = await checkBausteinFolder(await deriveFiles(doc))
  return check.problems.filter((p) => p.severity === 'error').map((p) => p.message.en)
}

/** bpmn-js's own command stack (the binding routes the public undo API away from it). */
function ownUndoSteps(peer: Peer): number {
  const stack = peer.get<{ _stack: unknown[] }>('commandStack')
  return stack._stack.length
}

describe('bindBpmnModeler: bpmn-js ↔ Y.Doc', () => {
  it('draws a task created in A in B without re-import, keeping untouched shapes', async () => {
    const { a, b } = await peers()
    const importXML = vi.spyOn(b.modeler, 'importXML')
    const untouched = b.shape(TASK_1)
    const untouchedGfx = b.get<{ getGraphics(id: string): unknown }>('elementRegistry')
    const gfxBefore = untouchedGfx.getGraphics(TASK_1)

    const task = createTask(a, 400, 505)

    const drawn = b.shape(task.id)
    expect(drawn.businessObject.$type).toBe('bpmn:Task')
    expect(drawn.di?.id).toBe(`${task.id}_di`)
    expect([drawn.x, drawn.y, drawn.width, drawn.height]).toEqual([
      task.x,
      task.y,
      task.width,
      task.height,
    ])
    expect(drawn.parent?.id).toBe(PARTICIPANT)
    expect(b.shape(TASK_1)).toBe(untouched)
    expect(untouchedGfx.getGraphics(TASK_1)).toBe(gfxBefore)
    expect(importXML).not.toHaveBeenCalled()
    expect(ownUndoSteps(b)).toBe(0)
    // The derived model knows the task in the lane it was dropped into, in both documents.
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('removes a task deleted in A from B, the flows as A’s behaviours left them', async () => {
    const { a, b } = await peers()
    modeling(a).removeElements([a.shape(TASK_2)])
    const registryOf = (peer: Peer) =>
      peer.get<{ get(id: string): DiagramElement | undefined }>('elementRegistry')
    expect(registryOf(b).get(TASK_2)).toBeUndefined()
    // bpmn-js drops one flow and reconnects the other around the deleted task; B mirrors that.
    for (const id of [
      'Flow_Activity_GebuehrFestsetzen_Activity_KassenzeichenVergeben',
      'Flow_Activity_KassenzeichenVergeben_Activity_FestsetzungMitteilen',
    ]) {
      const inA = registryOf(a).get(id)
      const inB = registryOf(b).get(id)
      expect([inB?.source?.id, inB?.target?.id]).toEqual([inA?.source?.id, inA?.target?.id])
      expect(inB?.waypoints).toEqual(inA?.waypoints)
    }
    for (const element of [b.shape(TASK_1), b.shape('Activity_FestsetzungMitteilen')]) {
      for (const connection of [...(element.incoming ?? []), ...(element.outgoing ?? [])]) {
        expect(registryOf(b).get(connection.id)).toBe(connection)
      }
    }
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('keeps both of two concurrent edits of different elements', async () => {
    const { a, b, link } = await peers()
    link.paused = true
    modeling(a).updateLabel(a.shape(TASK_1), 'Gebühr festsetzen (A)')
    modeling(b).moveElements([b.shape(TASK_2)], { x: 40, y: 0 })
    const movedX = b.shape(TASK_2).x
    link.flush()

    for (const peer of [a, b]) {
      expect(nameOf(peer, TASK_1)).toBe('Gebühr festsetzen (A)')
      expect(peer.shape(TASK_2).x).toBe(movedX)
    }
    // The canvases draw it: A's task 2 was re-rendered where B moved it.
    const transformOf = (peer: Peer) =>
      peer
        .get<{ getGraphics(id: string): Element }>('elementRegistry')
        .getGraphics(TASK_2)
        .getAttribute('transform')
    expect(transformOf(a)).toBe(transformOf(b))
    expect(transformOf(a)).toContain(String(movedX))
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
    expect(await errorsOf(a.doc)).toEqual([])
  })

  it('converges on one name after a concurrent rename of one element', async () => {
    const { a, b, link } = await peers()
    link.paused = true
    modeling(a).updateLabel(a.shape(TASK_1), 'Name von A')
    modeling(b).updateLabel(b.shape(TASK_1), 'Name von B')
    link.flush()

    expect(nameOf(a, TASK_1)).toBe(nameOf(b, TASK_1))
    expect(['Name von A', 'Name von B']).toContain(nameOf(a, TASK_1))
    // Both canvases show the name that won, not just the business objects.
    for (const peer of [a, b]) {
      const registry = peer.get<{ getGraphics(id: string): Element }>('elementRegistry')
      expect(registry.getGraphics(TASK_1).textContent).toBe(nameOf(a, TASK_1))
    }
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('undoes in A only A’s own change, through bpmn-js’s editor actions', async () => {
    const { a, b } = await peers()
    const original = nameOf(a, TASK_1)
    modeling(a).updateLabel(a.shape(TASK_1), 'Von A')
    modeling(b).updateLabel(b.shape(TASK_2), 'Von B')
    const created = createTask(b, 400, 505)

    expect(a.binding.canUndo()).toBe(true)
    a.get<{ trigger(action: string): void }>('editorActions').trigger('undo')

    for (const peer of [a, b]) {
      expect(nameOf(peer, TASK_1)).toBe(original)
      expect(nameOf(peer, TASK_2)).toBe('Von B')
      expect(peer.shape(created.id).businessObject.$type).toBe('bpmn:Task')
    }
    expect(a.binding.canUndo()).toBe(false)
    a.get<{ trigger(action: string): void }>('editorActions').trigger('redo')
    expect(nameOf(b, TASK_1)).toBe('Von A')
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('undoes a created and connected task in A, leaving B’s work', async () => {
    const { a, b } = await peers()
    const task = createTask(a, 400, 505)
    const flow = modeling(a).connect(a.shape(TASK_3), a.shape(task.id))
    expect(b.shape(flow.id).source?.id).toBe(TASK_3)
    modeling(b).moveElements([b.shape(TASK_2)], { x: 0, y: 20 })
    const movedY = b.shape(TASK_2).y

    a.binding.undo()
    a.binding.undo()

    const registry = b.get<{ get(id: string): unknown }>('elementRegistry')
    expect(registry.get(task.id)).toBeUndefined()
    expect(registry.get(flow.id)).toBeUndefined()
    expect(a.get<{ get(id: string): unknown }>('elementRegistry').get(task.id)).toBeUndefined()
    expect(a.shape(TASK_2).y).toBe(movedY)
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
    expect(await errorsOf(b.doc)).toEqual([])
  })

  it('keeps B’s selection and viewbox while A edits', async () => {
    const { a, b } = await peers()
    const canvas = b.get<{
      viewbox(box?: unknown): { x: number; y: number; width: number; height: number }
    }>('canvas')
    canvas.viewbox({ x: 300, y: 150, width: 600, height: 333 })
    const viewbox = { ...canvas.viewbox() }
    const selection = b.get<{ select(e: unknown): void; get(): DiagramElement[] }>('selection')
    selection.select([b.shape(TASK_2), b.shape(TASK_3)])

    createTask(a, 400, 505)
    modeling(a).moveElements([a.shape(TASK_2)], { x: 30, y: 0 })
    modeling(a).removeElements([a.shape(TASK_3)])

    expect(selection.get().map((element) => element.id)).toEqual([TASK_2])
    expect(selection.get()[0]).toBe(b.shape(TASK_2))
    const after = canvas.viewbox()
    expect([after.x, after.y, after.width, after.height]).toEqual([
      viewbox.x,
      viewbox.y,
      viewbox.width,
      viewbox.height,
    ])
  })

  it('gives implicit objects (DI, label, event definition) the same ids on both clients', async () => {
    const { a, b } = await peers()
    const factory = a.get<{ createShape(attrs: unknown): unknown }>('elementFactory')
    const event = modeling(a).createShape(
      factory.createShape({
        type: 'bpmn:IntermediateCatchEvent',
        eventDefinitionType: 'bpmn:TimerEventDefinition',
      }),
      { x: 300, y: 505 },
      a.shape(PARTICIPANT)
    )
    modeling(a).updateLabel(event, '3 Tage warten')

    const definitionIn = (peer: Peer) =>
      (peer.shape(event.id).businessObject.eventDefinitions as ModdleElement[])[0]
    expect(definitionIn(a)?.id).toBe(`${event.id}_TimerEventDefinition`)
    expect(definitionIn(b)?.id).toBe(`${event.id}_TimerEventDefinition`)
    expect(definitionIn(b)?.$type).toBe('bpmn:TimerEventDefinition')
    expect(b.shape(event.id).di?.id).toBe(`${event.id}_di`)
    const labelA = a.shape(event.id).label
    const labelB = b.shape(event.id).label
    expect(labelB?.hidden).toBeFalsy()
    expect([labelB?.x, labelB?.y]).toEqual([labelA?.x, labelA?.y])
    expect(nameOf(b, event.id)).toBe('3 Tage warten')
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
    expect(await errorsOf(b.doc)).toEqual([])
  })

  it('draws a lane added in A in B, and moves an event together with its label', async () => {
    const { a, b } = await peers()
    const lane = modeling(a).addLane(a.shape('Lane_Kasse'), 'bottom')
    expect(b.shape(lane.id).parent?.id).toBe(PARTICIPANT)
    expect([b.shape(lane.id).y, b.shape(lane.id).height]).toEqual([lane.y, lane.height])
    expect([b.shape(PARTICIPANT).height]).toEqual([a.shape(PARTICIPANT).height])

    const end = 'EndEvent_GebuehrFestgesetzt'
    modeling(a).moveElements([a.shape(end)], { x: 0, y: 30 })
    expect(b.shape(end).y).toBe(a.shape(end).y)
    expect(b.shape(end).label?.y).toBe(a.shape(end).label?.y)
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
    expect(await errorsOf(b.doc)).toEqual([])
  })

  it('attaches a boundary timer event created in A to the same host in B', async () => {
    const { a, b } = await peers()
    const factory = a.get<{ createShape(attrs: unknown): unknown }>('elementFactory')
    const host = a.shape(TASK_1)
    const boundary = modeling(a).createShape(
      factory.createShape({
        type: 'bpmn:BoundaryEvent',
        eventDefinitionType: 'bpmn:TimerEventDefinition',
      }),
      { x: (host.x ?? 0) + 60, y: (host.y ?? 0) + 80 },
      host,
      { attach: true }
    )
    const inB = b.shape(boundary.id)
    expect(inB.host).toBe(b.shape(TASK_1))
    expect(b.shape(TASK_1).attachers).toContain(inB)
    const definitions = inB.businessObject.eventDefinitions as ModdleElement[]
    expect(definitions[0]?.id).toBe(`${boundary.id}_TimerEventDefinition`)

    modeling(a).moveElements([a.shape(TASK_1)], { x: 20, y: 0 })
    expect(b.shape(boundary.id).x).toBe(a.shape(boundary.id).x)
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('redraws the whole diagram from its merged tree when drawing a remote change fails', async () => {
    const { a, b } = await peers()
    const canvas = b.get<{
      viewbox(box?: unknown): { x: number; y: number; width: number; height: number }
    }>('canvas')
    canvas.viewbox({ x: 200, y: 100, width: 700, height: 389 })
    const viewbox = { ...canvas.viewbox() }
    b.get<{ select(e: unknown): void }>('selection').select([b.shape(TASK_1)])
    const importer = b.get<{ add(...args: unknown[]): unknown }>('bpmnImporter')
    vi.spyOn(importer, 'add').mockImplementationOnce(() => {
      throw new Error('injected drawing failure')
    })

    const task = createTask(a, 400, 505)
    const selection = b.get<{ get(): DiagramElement[] }>('selection')
    await vi.waitFor(() => {
      expect(b.shape(task.id).businessObject.$type).toBe('bpmn:Task')
      expect(selection.get().map((element) => element.id)).toEqual([TASK_1])
    })

    expect(b.problems.map((problem) => problem.code)).toEqual(['collab.redraw'])
    // The redraw keeps bpmn-js's watermark (its licence requires it to stay visible).
    const watermark = document.querySelectorAll<HTMLElement>('.bjs-powered-by')
    expect(watermark.length).toBe(2)
    for (const link of Array.from(watermark)) expect(link.checkVisibility()).toBe(true)
    expect(b.problems[0]?.message.en).toContain('injected drawing failure')
    const after = canvas.viewbox()
    expect([after.x, after.y, after.width, after.height]).toEqual([
      viewbox.x,
      viewbox.y,
      viewbox.width,
      viewbox.height,
    ])
    expect(selection.get()[0]).toBe(b.shape(TASK_1))
    // Editing goes on after the redraw, and per-user undo survived it.
    modeling(b).updateLabel(b.shape(TASK_1), 'Nach dem Neuzeichnen')
    expect(nameOf(a, TASK_1)).toBe('Nach dem Neuzeichnen')
    b.binding.undo()
    expect(nameOf(a, TASK_1)).not.toBe('Nach dem Neuzeichnen')
    expect(b.shape(task.id).businessObject.$type).toBe('bpmn:Task')
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })

  it('writes one command as one small transaction with the local origin', async () => {
    const { a } = await peers()
    const writes: { size: number; origin: unknown }[] = []
    a.doc.on('update', (update: Uint8Array, origin: unknown) =>
      writes.push({ size: update.length, origin })
    )
    modeling(a).updateLabel(a.shape(TASK_1), 'Kurz')
    expect(writes).toHaveLength(1)
    expect(writes[0]?.origin).toEqual({ user: 'a' })
    // Only the difference: the new name, not the diagram.
    expect(writes[0]?.size).toBeLessThan(120)

    writes.length = 0
    createTask(a, 400, 505)
    expect(writes).toHaveLength(1)
  })

  it('catches up on binding with changes made after the XML was derived', async () => {
    const { a, b } = await peers((docs) => rename(docs[1], { user: 'c' }, TASK_1, 'Schon geändert'))
    expect(nameOf(b, TASK_1)).toBe('Schon geändert')
    expect(nameOf(a, TASK_1)).toBe('Schon geändert')
    const registry = b.get<{ getGraphics(id: string): Element }>('elementRegistry')
    expect(registry.getGraphics(TASK_1).textContent).toBe('Schon geändert')
  })

  it('lets a delete win over a concurrent rename on both canvases', async () => {
    const { a, b, link } = await peers()
    link.paused = true
    modeling(a).removeElements([a.shape(TASK_2)])
    modeling(b).updateLabel(b.shape(TASK_2), 'Umbenannt, aber gelöscht')
    link.flush()
    for (const peer of [a, b]) {
      expect(peer.get<{ get(id: string): unknown }>('elementRegistry').get(TASK_2)).toBeUndefined()
    }
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
    expect(await errorsOf(b.doc)).toEqual([])
  })

  it('redraws B when A turns a process diagram into a collaboration (the root changes)', async () => {
    const { a, b } = await peers(() => undefined, {
      bpmnFile: 'prozess.bpmn',
      files: { 'prozess.bpmn': PROCESS_ONLY },
    })
    expect(b.get<{ getRootElement(): DiagramElement }>('canvas').getRootElement().id).toBe(
      'Process_1'
    )
    const participant = modeling(a).createShape(
      { type: 'bpmn:Participant' },
      { x: 350, y: 200 },
      a.get<{ getRootElement(): DiagramElement }>('canvas').getRootElement()
    )

    await vi.waitFor(() =>
      expect(b.shape(participant.id).businessObject.$type).toBe('bpmn:Participant')
    )
    const rootOf = (peer: Peer) =>
      peer.get<{ getRootElement(): DiagramElement }>('canvas').getRootElement()
    expect(rootOf(b).businessObject.$type).toBe('bpmn:Collaboration')
    expect(rootOf(b).id).toBe(rootOf(a).id)
    expect(b.shape('StartEvent_1').parent).toBe(b.shape(participant.id))
    expect(b.problems).toEqual([])
    expect(await deriveFiles(b.doc)).toEqual(await deriveFiles(a.doc))
  })
})

const PROCESS_ONLY = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="urn:bauplan:test">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
