import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { connect } from './connect'
import { createShape } from './createShape'
import { deleteElement } from './deleteElement'
import { moveShape, setWaypoints } from './moveShape'
import { OperationError } from './operationError'
import { setLane } from './setLane'
import { rename, setProperty } from './setProperty'
import {
  BPMN_FILE,
  errorsOf,
  LANE_A,
  LANE_B,
  PARTICIPANT,
  PROCESS,
  seededDoc,
  semanticOf,
} from './testModel'

const ME = { user: 'analyst' }
const TASK = 'Activity_GebuehrFestsetzen'
const bounds = { x: 400, y: 300, width: 120, height: 80 }

/** Counts the transactions an action makes with `origin`. */
function transactionsOf(doc: Y.Doc, action: () => void): number {
  let count = 0
  const listener = (transaction: Y.Transaction) => {
    if (transaction.origin === ME) count++
  }
  doc.on('afterTransaction', listener)
  action()
  doc.off('afterTransaction', listener)
  return count
}

function expectRefused(doc: Y.Doc, action: () => void, code: string): void {
  const before = Y.encodeStateVector(doc)
  expect(action).toThrow(OperationError)
  try {
    action()
  } catch (error) {
    expect((error as OperationError).problem.code).toBe(`collab.operation.${code}`)
    expect((error as OperationError).problem.message.de).not.toBe('')
  }
  expect(Y.encodeStateVector(doc)).toEqual(before)
}

describe('createShape', () => {
  it('adds element, event definition, DI shape, label and lane in one transaction', async () => {
    const doc = await seededDoc()
    const count = transactionsOf(doc, () =>
      createShape(doc, ME, {
        id: 'Event_Frist',
        type: 'bpmn:IntermediateCatchEvent',
        parent: PARTICIPANT,
        bounds: { x: 300, y: 480, width: 36, height: 36 },
        labelBounds: { x: 290, y: 520, width: 60, height: 14 },
        name: 'Frist abgelaufen',
        eventDefinition: 'bpmn:TimerEventDefinition',
        lane: LANE_B,
      })
    )
    expect(count).toBe(1)
    const semantic = await semanticOf(doc)
    expect(semantic.get('Event_Frist')).toMatchObject({
      parentId: PROCESS,
      name: 'Frist abgelaufen',
    })
    expect(semantic.get('Event_Frist_TimerEventDefinition')?.parentId).toBe('Event_Frist')
    expect(semantic.get(LANE_B)?.references.flowNodeRef).toContain('Event_Frist')
    const xml = (await deriveFiles(doc))[BPMN_FILE] ?? ''
    expect(xml).toContain('<bpmndi:BPMNShape id="Event_Frist_di" bpmnElement="Event_Frist">')
    expect(xml).toContain('<dc:Bounds x="290" y="520" width="60" height="14" />')
  })

  it('refuses a taken id, an unknown parent, a non-flow element — writing nothing', async () => {
    const doc = await seededDoc()
    const shape = { type: 'bpmn:Task', parent: PROCESS, bounds }
    expectRefused(doc, () => createShape(doc, ME, { id: TASK, ...shape }), 'duplicateId')
    expectRefused(
      doc,
      () => createShape(doc, ME, { id: 'X', ...shape, parent: 'Nope' }),
      'unknownElement'
    )
    expectRefused(
      doc,
      () => createShape(doc, ME, { id: 'X', ...shape, type: 'bpmn:Lane' }),
      'notAFlowElement'
    )
    expectRefused(doc, () => createShape(doc, ME, { id: 'X', ...shape, lane: TASK }), 'wrongType')
  })
})

describe('deleteElement', () => {
  it('removes the element, its flows, their DI and every reference', async () => {
    const doc = await seededDoc()
    const before = await semanticOf(doc)
    const flows = [...before.values()].filter(
      (e) => e.references.sourceRef === TASK || e.references.targetRef === TASK
    )
    expect(flows.length).toBe(2)
    expect(transactionsOf(doc, () => deleteElement(doc, ME, TASK))).toBe(1)
    const after = await semanticOf(doc)
    expect(after.has(TASK)).toBe(false)
    for (const flow of flows) expect(after.has(flow.id)).toBe(false)
    expect(after.get(LANE_A)?.references.flowNodeRef).not.toContain(TASK)
    const xml = (await deriveFiles(doc))[BPMN_FILE] ?? ''
    expect(xml).not.toContain(TASK)
    expect(deleteElement(doc, ME, TASK)).toBe(false)
  })
})

describe('connect, move, rename, lanes, properties', () => {
  it('connects two nodes with flow, incoming/outgoing and edge', async () => {
    const doc = await seededDoc()
    connect(doc, ME, {
      id: 'Flow_Neu',
      source: TASK,
      target: 'EndEvent_Gebuehrenfrei',
      waypoints: [
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ],
    })
    const semantic = await semanticOf(doc)
    expect(semantic.get('Flow_Neu')?.references).toEqual({
      sourceRef: TASK,
      targetRef: 'EndEvent_Gebuehrenfrei',
    })
    expect(semantic.get(TASK)?.references.outgoing).toContain('Flow_Neu')
    expect(semantic.get('EndEvent_Gebuehrenfrei')?.references.incoming).toContain('Flow_Neu')
    expect(await errorsOf(doc)).toEqual([])
    expectRefused(
      doc,
      () =>
        connect(doc, ME, {
          id: 'Flow_X',
          source: TASK,
          target: LANE_A,
          waypoints: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        }),
      'wrongType'
    )
  })

  it('moves a shape with its label, bends a flow, renames, sets properties and lanes', async () => {
    const doc = await seededDoc()
    moveShape(doc, ME, { id: 'Gateway_GebuehrFaellig', x: 558, y: 230 })
    setWaypoints(doc, ME, 'Flow_Activity_GebuehrBerechnen_Gateway_GebuehrFaellig', [
      { x: 468, y: 245 },
      { x: 558, y: 255 },
    ])
    rename(doc, ME, TASK, 'Gebühr festsetzen und buchen')
    setProperty(doc, ME, 'Gateway_GebuehrFaellig', 'default', undefined)
    setProperty(doc, ME, TASK, 'implementation', '##unspecified')
    setLane(doc, ME, { node: TASK, lane: LANE_B })
    const xml = (await deriveFiles(doc))[BPMN_FILE] ?? ''
    expect(xml).toContain('<dc:Bounds x="558" y="230" width="50" height="50" />')
    expect(xml).toContain('<dc:Bounds x="556" y="198" width="54" height="28" />')
    expect(xml).toContain('<di:waypoint x="558" y="255" />')
    const semantic = await semanticOf(doc)
    expect(semantic.get(TASK)?.name).toBe('Gebühr festsetzen und buchen')
    expect(semantic.get('Gateway_GebuehrFaellig')?.references.default).toBeUndefined()
    expect(semantic.get(LANE_A)?.references.flowNodeRef).not.toContain(TASK)
    expect(semantic.get(LANE_B)?.references.flowNodeRef).toContain(TASK)
    expect(xml).toContain('implementation="##unspecified"')
    expectRefused(doc, () => setProperty(doc, ME, TASK, 'name', 3), 'wrongValueType')
    expectRefused(doc, () => setProperty(doc, ME, TASK, 'incoming', 'x'), 'notAnAttribute')
    expectRefused(doc, () => setProperty(doc, ME, TASK, 'default', 'Nope'), 'unknownReference')
    expectRefused(doc, () => moveShape(doc, ME, { id: PROCESS, x: 0, y: 0 }), 'notDrawn')
  })
})
