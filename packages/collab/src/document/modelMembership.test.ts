import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { childrenOf, insertEntry, refsOf } from './entry'
import { modelMaps, type ModelSpace } from './modelSpace'
import { decideMembers } from './modelMembership'

const ROOT = 'Definitions_1'

/**
 * A small process: Task_A → Flow_AB → Task_B, Boundary_B on Task_B (with an event definition
 * entry), and the DI edge of the flow. Every entry is listed by the parent it names.
 */
function process(): ModelSpace {
  const doc = new Y.Doc()
  const space: ModelSpace = { file: 'p.bpmn', kind: 'bpmn', root: ROOT, ...modelMaps(doc, 'p') }
  doc.transact(() => {
    insertEntry(space.elements, ROOT, 'bpmn', 'bpmn:Definitions', undefined)
    add(space, 'Process_1', 'bpmn:Process', ROOT, 'rootElements')
    add(space, 'Task_A', 'bpmn:Task', 'Process_1', 'flowElements')
    add(space, 'Task_B', 'bpmn:Task', 'Process_1', 'flowElements')
    add(space, 'Flow_AB', 'bpmn:SequenceFlow', 'Process_1', 'flowElements')
    refsOf(entry(space, 'Flow_AB')).set('sourceRef', 'Task_A')
    refsOf(entry(space, 'Flow_AB')).set('targetRef', 'Task_B')
    add(space, 'Boundary_B', 'bpmn:BoundaryEvent', 'Process_1', 'flowElements')
    refsOf(entry(space, 'Boundary_B')).set('attachedToRef', 'Task_B')
    add(space, 'Timer_B', 'bpmn:TimerEventDefinition', 'Boundary_B', 'eventDefinitions')
    add(space, 'Diagram_1', 'bpmndi:BPMNDiagram', ROOT, 'diagrams', space.di)
    add(space, 'Plane_1', 'bpmndi:BPMNPlane', 'Diagram_1', 'plane', space.di)
    add(space, 'Edge_AB', 'bpmndi:BPMNEdge', 'Plane_1', 'planeElement', space.di)
    refsOf(entry(space, 'Edge_AB')).set('bpmnElement', 'Flow_AB')
  })
  return space
}

function add(
  space: ModelSpace,
  key: string,
  type: string,
  parent: string,
  prop: string,
  into = space.elements
): void {
  insertEntry(into, key, 'bpmn', type, { key: parent, prop })
  const list = childrenOf(entry(space, parent)).get(prop)
  if (list instanceof Y.Array) list.push([key])
  else childrenOf(entry(space, parent)).set(prop, key)
}

function entry(space: ModelSpace, key: string): Y.Map<unknown> {
  const found = space.elements.get(key) ?? space.di.get(key)
  if (!found) throw new Error(`no entry ${key}`)
  return found
}

/** The whole-model question, as `decodeModel` asks it. */
function wholeModel(space: ModelSpace): Set<string> {
  const keys = new Set([...space.elements.keys(), ...space.di.keys()])
  return decideMembers(space, { keys, wasMember: () => false })
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort()
}

describe('decideMembers', () => {
  it('takes every entry listed by the parent it names', () => {
    const space = process()
    expect(sorted(wholeModel(space))).toEqual(
      sorted([...space.elements.keys(), ...space.di.keys()])
    )
  })

  it('leaves out an entry its container does not list, or that names another container', () => {
    const space = process()
    // Moved concurrently: listed by Process_1, but it names Boundary_B now (which does not list it).
    entry(space, 'Task_A').set('parent', 'Boundary_B')
    const members = wholeModel(space)
    expect(members.has('Task_A')).toBe(false)
    // The flow out of it goes too: its source no longer belongs (and the edge with it).
    expect(members.has('Flow_AB')).toBe(false)
    expect(members.has('Edge_AB')).toBe(false)
  })

  it('leaves out a cycle of parents, which never reaches the root', () => {
    const space = process()
    add(space, 'Sub_1', 'bpmn:SubProcess', 'Process_1', 'flowElements')
    add(space, 'Sub_2', 'bpmn:SubProcess', 'Sub_1', 'flowElements')
    entry(space, 'Sub_1').set('parent', 'Sub_2')
    ;(childrenOf(entry(space, 'Sub_2')).get('flowElements') as Y.Array<string>).push(['Sub_1'])
    const members = wholeModel(space)
    expect(members.has('Sub_1')).toBe(false)
    expect(members.has('Sub_2')).toBe(false)
  })

  it('only counts lists of containment properties of the parent type', () => {
    const space = process()
    // `incoming` is a reference list: even listed there, an entry naming it is not contained.
    entry(space, 'Task_B').set('parent', 'Task_A')
    entry(space, 'Task_B').set('prop', 'incoming')
    childrenOf(entry(space, 'Task_A')).set('incoming', 'Task_B')
    expect(wholeModel(space).has('Task_B')).toBe(false)
  })

  it('drops what loses an essential reference, with its subtree, until nothing changes', () => {
    const space = process()
    space.elements.delete('Task_B')
    const members = wholeModel(space)
    // Flow_AB lost its target, so its edge lost its element; the boundary event lost its host
    // and took its timer definition along.
    for (const gone of ['Flow_AB', 'Edge_AB', 'Boundary_B', 'Timer_B']) {
      expect(members.has(gone), gone).toBe(false)
    }
    expect(members.has('Task_A')).toBe(true)
  })

  it('resolves an essential reference to an id inside an embedded value of a member', () => {
    const space = process()
    space.elements.delete('Task_B')
    const body = entry(space, 'Process_1').get('body') as Y.Map<unknown>
    body.set('flowElements', [{ $type: 'bpmn:Task', id: 'Task_B' }])
    expect(wholeModel(space).has('Flow_AB')).toBe(true)
  })

  it('decides only the given keys and agrees with the whole model', () => {
    const space = process()
    const before = wholeModel(space)
    space.elements.delete('Task_B')
    const whole = wholeModel(space)
    // What a change deleting Task_B reaches: the task, whoever references it, their subtrees.
    const keys = new Set(['Task_B', 'Flow_AB', 'Edge_AB', 'Boundary_B', 'Timer_B'])
    const decided = decideMembers(space, { keys, wasMember: (key) => before.has(key) })
    expect(sorted(decided)).toEqual(sorted([...keys].filter((key) => whole.has(key))))
    expect(decided.size).toBe(0)
  })

  it('keeps the membership of keys outside the scope as they were', () => {
    const space = process()
    // Task_A is outside the scope and counted as gone: the flow leaving it goes.
    const keys = new Set(['Flow_AB'])
    const decided = decideMembers(space, { keys, wasMember: (key) => key !== 'Task_A' })
    expect(decided.has('Flow_AB')).toBe(false)
  })
})
