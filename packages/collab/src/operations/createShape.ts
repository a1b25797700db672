import type { Bounds } from '@bauplan/domain'
import {
  attrsOf,
  bodyOf,
  childrenOf,
  entryType,
  insertEntry,
  listOf,
  refsOf,
} from '../document/entry'
import { entryOf } from '../document/modelSpace'
import { defaultPlaneKey, isKnownType, isSubtype, requireBpmn, requireSemantic } from './bpmnModel'
import { diId, eventDefinitionId } from './implicitIds'
import { duplicateId, OperationError, wrongType } from './operationError'
import { setLaneIn } from './setLane'
import type * as Y from 'yjs'

export interface CreateShapeInput {
  /** Id of the new element, chosen by the client (bpmn-js generates one before the command). */
  id: string
  /** e.g. `bpmn:UserTask`, `bpmn:StartEvent`, `bpmn:ExclusiveGateway`, `bpmn:SubProcess`. */
  type: string
  /** The process or sub-process that contains it; a participant stands for its process. */
  parent: string
  bounds: Bounds
  name?: string
  /** For events: the definition type, e.g. `bpmn:TimerEventDefinition` (id: see implicitIds). */
  eventDefinition?: string
  /** A lane of the process the element is placed in. */
  lane?: string
  /** Where bpmn-js put the external label (events, gateways, data), if any. */
  labelBounds?: Bounds
  isExpanded?: boolean
}

/** bpmn-js `shape.create` as one transaction: the flow element, its DI shape and its label. */
export function createShape(doc: Y.Doc, origin: unknown, input: CreateShapeInput): void {
  const space = requireBpmn(doc)
  if (entryOf(space, input.id) || entryOf(space, diId(input.id))) throw duplicateId(input.id)
  if (!isKnownType('bpmn', input.type) || !isSubtype('bpmn', input.type, 'bpmn:FlowElement')) {
    throw new OperationError('notAFlowElement', {
      de: `„${input.type}“ ist kein BPMN-Flusselement (Aufgabe, Ereignis, Gateway, Teilprozess …).`,
      en: `"${input.type}" is not a BPMN flow element (task, event, gateway, sub-process, …).`,
    })
  }
  const container = resolveContainer(space, input.parent)
  if (input.eventDefinition !== undefined) {
    if (!isSubtype('bpmn', input.type, 'bpmn:Event')) {
      throw wrongType(input.id, input.type, 'bpmn:Event')
    }
    if (!isKnownType('bpmn', input.eventDefinition)) {
      throw wrongType(input.id, input.eventDefinition, 'bpmn:EventDefinition')
    }
  }
  if (input.lane !== undefined) requireSemantic(space, input.lane, 'bpmn:Lane')
  const planeKey = defaultPlaneKey(space)
  if (planeKey === undefined) {
    throw new OperationError('noDiagram', {
      de: 'Das Modell hat kein Diagramm, in das die Form gezeichnet werden kann.',
      en: 'The model has no diagram to draw the shape in.',
    })
  }

  doc.transact(() => {
    const element = insertEntry(space.elements, input.id, 'bpmn', input.type, {
      key: container,
      prop: 'flowElements',
    })
    pushChild(childrenOf(requireSemantic(space, container)), 'flowElements', input.id)
    if (input.name !== undefined && input.name !== '') attrsOf(element).set('name', input.name)
    if (input.eventDefinition !== undefined) {
      const definitionId = eventDefinitionId(input.id, input.eventDefinition)
      insertEntry(space.elements, definitionId, 'bpmn', input.eventDefinition, {
        key: input.id,
        prop: 'eventDefinitions',
      })
      pushChild(childrenOf(element), 'eventDefinitions', definitionId)
    }
    const shape = insertEntry(space.di, diId(input.id), 'bpmn', 'bpmndi:BPMNShape', {
      key: planeKey,
      prop: 'planeElement',
    })
    refsOf(shape).set('bpmnElement', input.id)
    if (input.isExpanded !== undefined) attrsOf(shape).set('isExpanded', input.isExpanded)
    bodyOf(shape).set('bounds', boundsValue(input.bounds))
    if (input.labelBounds) {
      bodyOf(shape).set('label', {
        $type: 'bpmndi:BPMNLabel',
        bounds: boundsValue(input.labelBounds),
      })
    }
    const plane = space.di.get(planeKey)
    if (plane) pushChild(childrenOf(plane), 'planeElement', diId(input.id))
    if (input.lane !== undefined) setLaneIn(space, input.id, input.lane)
  }, origin)
}

/** A participant stands for the process it references; otherwise a process or sub-process. */
function resolveContainer(space: ReturnType<typeof requireBpmn>, parent: string): string {
  const entry = requireSemantic(space, parent)
  const type = entryType(entry)
  if (isSubtype('bpmn', type, 'bpmn:Participant')) {
    const processRef = refsOf(entry).get('processRef')
    if (typeof processRef === 'string' && space.elements.has(processRef)) return processRef
    throw new OperationError('participantWithoutProcess', {
      de: `Der Pool „${parent}“ hat keinen Prozess, in den Elemente gelegt werden können.`,
      en: `The pool "${parent}" has no process that elements can be placed in.`,
    })
  }
  if (!isSubtype('bpmn', type, 'bpmn:Process') && !isSubtype('bpmn', type, 'bpmn:SubProcess')) {
    throw wrongType(parent, type, 'bpmn:Process / bpmn:SubProcess')
  }
  return parent
}

export function boundsValue(bounds: Bounds): Record<string, string | number> {
  return {
    $type: 'dc:Bounds',
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
  }
}

/** Appends `id` to a list unless it is there (a repeated operation must not list it twice). */
export function pushChild(map: Y.Map<unknown>, prop: string, id: string): void {
  const list = map.get(prop) as Y.Array<string> | undefined
  if (list && !listOf(map, prop).includes(id)) list.push([id])
}
