import type * as Y from 'yjs'
import { entryParent, entryType, listOf, refsOf } from '../document/entry'
import { bpmnSpace } from '../document/modelSpace'
import { isSubtype } from '../operations/bpmnModel'
import { connect } from '../operations/connect'
import { createShape } from '../operations/createShape'
import { deleteElement } from '../operations/deleteElement'
import { moveShape } from '../operations/moveShape'
import { OperationError } from '../operations/operationError'
import { setJsonValue } from '../operations/setJsonValue'
import { setLane } from '../operations/setLane'
import { rename, setProperty } from '../operations/setProperty'
import type { Random } from './random'

export type EditKind =
  'create' | 'delete' | 'move' | 'connect' | 'rename' | 'lane' | 'property' | 'default' | 'metadata'

const KINDS: EditKind[] = [
  'create',
  'create',
  'delete',
  'move',
  'move',
  'connect',
  'connect',
  'rename',
  'lane',
  'property',
  'default',
  'metadata',
]

export interface EditContext {
  process: string
  lanes: string[]
  /** Elements a random edit may delete (the reference model's start/end stay, see the test). */
  deletable: (id: string) => boolean
}

/**
 * One random model-level edit on a peer, chosen from what that peer currently sees. Returns what
 * was done (for the failure report); operations refused as bad input (e.g. the chosen element was
 * deleted by a remote change that just arrived) count as "refused", anything else is a bug.
 */
export function randomEdit(
  doc: Y.Doc,
  origin: unknown,
  random: Random,
  context: EditContext,
  serial: string
): string {
  const space = bpmnSpace(doc)
  if (!space) throw new Error('peer without BPMN model')
  const nodes: string[] = []
  const flows: string[] = []
  for (const [id, entry] of space.elements) {
    if (entryParent(entry)?.key !== context.process) continue
    const type = entryType(entry)
    if (isSubtype('bpmn', type, 'bpmn:FlowNode')) nodes.push(id)
    else if (isSubtype('bpmn', type, 'bpmn:SequenceFlow')) flows.push(id)
  }
  // Y.Map iteration order differs between peers; sort so the choice depends on the seed only.
  nodes.sort()
  flows.sort()
  const kind = random.pick(KINDS) as EditKind
  const node = random.pick(nodes)
  const other = random.pick(nodes)
  const point = () => ({ x: 150 + random.int(1100), y: 180 + random.int(380) })
  try {
    switch (kind) {
      case 'create': {
        const id = `Activity_${serial}`
        createShape(doc, origin, {
          id,
          type: random.pick(['bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:Task']) as string,
          parent: context.process,
          bounds: { ...point(), width: 120, height: 80 },
          name: `Aufgabe ${serial}`,
          ...(random.chance(0.7) ? { lane: random.pick(context.lanes) as string } : {}),
        })
        return `create ${id}`
      }
      case 'delete': {
        const target = random.pick([...nodes, ...flows].filter(context.deletable))
        if (target === undefined) return 'delete: nothing deletable'
        deleteElement(doc, origin, target)
        return `delete ${target}`
      }
      case 'move': {
        if (node === undefined) return 'move: no node'
        moveShape(doc, origin, { id: node, ...point() })
        return `move ${node}`
      }
      case 'connect': {
        if (node === undefined || other === undefined || node === other) return 'connect: no pair'
        if (!canConnect(space.elements, node, other)) return 'connect: start/end rule'
        const id = `Flow_${serial}`
        connect(doc, origin, { id, source: node, target: other, waypoints: [point(), point()] })
        return `connect ${id} ${node}→${other}`
      }
      case 'rename': {
        if (node === undefined) return 'rename: no node'
        rename(doc, origin, node, `Name ${serial}`)
        return `rename ${node}`
      }
      case 'lane': {
        if (node === undefined) return 'lane: no node'
        const lane = random.pick(context.lanes) as string
        setLane(doc, origin, { node, lane })
        return `lane ${node} → ${lane}`
      }
      case 'property': {
        if (node === undefined) return 'property: no node'
        const entry = space.elements.get(node)
        if (!entry || !isSubtype('bpmn', entryType(entry), 'bpmn:Activity'))
          return 'property: no activity'
        setProperty(doc, origin, node, 'isForCompensation', random.chance(0.5))
        return `property ${node}.isForCompensation`
      }
      case 'default': {
        const gateways = nodes.filter((id) => {
          const entry = space.elements.get(id)
          return entry !== undefined && isSubtype('bpmn', entryType(entry), 'bpmn:ExclusiveGateway')
        })
        const gateway = random.pick(gateways)
        const entry = gateway === undefined ? undefined : space.elements.get(gateway)
        if (gateway === undefined || !entry) return 'default: no gateway'
        const outgoing = listOf(refsOf(entry), 'outgoing').sort()
        const flow = random.pick([...outgoing, undefined])
        setProperty(doc, origin, gateway, 'default', flow)
        return `default ${gateway} = ${flow ?? '—'}`
      }
      case 'metadata': {
        const field = random.pick(['bezeichnung', 'definition']) as string
        setJsonValue(doc, origin, 'baustein.json', [field], `Text ${serial}`)
        return `metadata ${field}`
      }
    }
  } catch (error) {
    if (error instanceof OperationError) return `${kind}: refused (${error.problem.code})`
    throw error
  }
}

/** Start events take no incoming flow, end events no outgoing one (the domain checks say so). */
function canConnect(elements: Y.Map<Y.Map<unknown>>, source: string, target: string): boolean {
  const sourceType = entryType(elements.get(source) as Y.Map<unknown>)
  const targetType = entryType(elements.get(target) as Y.Map<unknown>)
  return (
    !isSubtype('bpmn', sourceType, 'bpmn:EndEvent') &&
    !isSubtype('bpmn', targetType, 'bpmn:StartEvent')
  )
}
