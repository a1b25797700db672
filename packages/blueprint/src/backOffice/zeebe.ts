import type { BlockVersionFiles } from '../model/exportTypes'
import { blockFile, blockSlug } from '../parts/blockNames'
import type { BpmnDocument } from '../parts/bpmnDocument'
import { parseXmlTree, type XmlElement } from '../parts/xml/xmlTree'
import {
  addExtension,
  attribute,
  childElements,
  childIndent,
  descendants,
  element,
  localName,
  qualified,
  setAttribute,
  textContent,
} from '../parts/xml/xmlQuery'

export const ZEEBE_URI = 'http://camunda.org/schema/zeebe/1.0'
export const MODELER_URI = 'http://camunda.org/schema/modeler/1.0'
/** The Camunda 8 version the flavour is written against (element names exist since 8.2). */
export const CAMUNDA_PLATFORM_VERSION = '8.6.0'
/** Process variable that carries the case id; message subscriptions correlate on it. */
export const CORRELATION_VARIABLE = 'vorgangsId'

/** Job type of a task: one worker per task of a block, named so it is unique across the bundle. */
export function jobType(block: BlockVersionFiles, elementId: string): string {
  return `bauplan.${blockSlug(block)}.${elementId}`
}

/**
 * The Camunda 8 (Zeebe) flavour: declares the zeebe and modeler namespaces and the execution
 * platform, and adds what the engine needs to run the model — a task definition on service, send
 * and script tasks (and on business rule tasks without a known decision), the called decision on
 * business rule tasks whose documentation names a decision of the block, the called process on
 * call activities, candidate groups (the lane's role) on user tasks, and a correlation key on
 * messages that are caught after the start.
 */
export function applyZeebe(
  document: BpmnDocument,
  block: BlockVersionFiles,
  laneRoles: Map<string, string>
): void {
  const { root, prefix } = document
  setAttribute(root, 'xmlns:zeebe', ZEEBE_URI)
  setAttribute(root, 'xmlns:modeler', MODELER_URI)
  setAttribute(root, 'modeler:executionPlatform', 'Camunda Cloud')
  setAttribute(root, 'modeler:executionPlatformVersion', CAMUNDA_PLATFORM_VERSION)
  const decisions = decisionOutputs(block)
  const laneOf = new Map<string, string>()
  for (const lane of document.lanes) for (const id of lane.flowNodeIds) laneOf.set(id, lane.id)
  const caughtMessages = new Set<string>()
  for (const [id, node] of document.nodes) {
    const target = node.element
    switch (node.type) {
      case 'serviceTask':
      case 'sendTask':
      case 'scriptTask':
        addExtension(target, prefix, taskDefinition(block, id))
        break
      case 'businessRuleTask': {
        const decision = namedDecision(target, decisions)
        addExtension(
          target,
          prefix,
          decision
            ? element('zeebe:calledDecision', [
                ['decisionId', decision.id],
                ['resultVariable', decision.resultVariable],
              ])
            : taskDefinition(block, id)
        )
        break
      }
      case 'callActivity': {
        const called = attribute(target, 'calledElement')
        if (called)
          addExtension(target, prefix, element('zeebe:calledElement', [['processId', called]]))
        break
      }
      case 'userTask': {
        const lane = laneOf.get(id)
        const role = lane === undefined ? undefined : laneRoles.get(lane)
        if (role) {
          addExtension(
            target,
            prefix,
            element('zeebe:assignmentDefinition', [['candidateGroups', role]])
          )
        }
        break
      }
      case 'receiveTask': {
        // Zeebe runs a receive task only with a message to wait for; a model without one gets a
        // message named after the task.
        const message =
          attribute(target, 'messageRef') ?? addMessage(document, `Message_${id}`, node.name ?? id)
        setAttribute(target, 'messageRef', message)
        caughtMessages.add(message)
        break
      }
      case 'intermediateCatchEvent':
      case 'boundaryEvent':
        for (const definition of childElements(target)) {
          const message = attribute(definition, 'messageRef')
          if (localName(definition.name) === 'messageEventDefinition' && message)
            caughtMessages.add(message)
        }
        break
    }
  }
  for (const message of childElements(root)) {
    if (message.name !== qualified(prefix, 'message')) continue
    const id = attribute(message, 'id') ?? ''
    if (attribute(message, 'name') === undefined) setAttribute(message, 'name', id)
    if (caughtMessages.has(id)) {
      addExtension(
        message,
        prefix,
        element('zeebe:subscription', [['correlationKey', `=${CORRELATION_VARIABLE}`]])
      )
    }
  }
}

/** Adds a root-level `message` (before the diagram, after the other root elements) and returns its id. */
function addMessage(document: BpmnDocument, id: string, name: string): string {
  const { root, prefix } = document
  const existing = childElements(root).find(
    (candidate) =>
      candidate.name === qualified(prefix, 'message') && attribute(candidate, 'id') === id
  )
  if (existing) return id
  const message = element(qualified(prefix, 'message'), [
    ['id', id],
    ['name', name],
  ])
  const diagram = childElements(root).find(
    (candidate) => localName(candidate.name) === 'BPMNDiagram'
  )
  const indent = childIndent(root)
  const at = diagram ? root.children.indexOf(diagram) : root.children.length
  root.children.splice(at, 0, message, indent)
  return id
}

function taskDefinition(block: BlockVersionFiles, elementId: string): XmlElement {
  return element('zeebe:taskDefinition', [
    ['type', jobType(block, elementId)],
    ['retries', '3'],
  ])
}

interface DecisionOutput {
  id: string
  resultVariable: string
}

/**
 * The decisions of the block's DMN files and the variable each result goes to: the output's name
 * when the decision has exactly one output (so gateway conditions can use it), else the decision's
 * variable name.
 */
export function decisionOutputs(block: BlockVersionFiles): DecisionOutput[] {
  const found: DecisionOutput[] = []
  for (const dmn of block.metadata.artefakte.dmn ?? []) {
    const root = parseXmlTree(blockFile(block, dmn.datei))
    for (const decision of childElements(root).filter((e) => localName(e.name) === 'decision')) {
      const id = attribute(decision, 'id')
      if (!id) continue
      const outputs = descendants(decision).filter((e) => localName(e.name) === 'output')
      const single = outputs.length === 1 ? attribute(outputs[0] as XmlElement, 'name') : undefined
      const variable = childElements(decision).find((e) => localName(e.name) === 'variable')
      found.push({
        id,
        resultVariable: single ?? attribute(variable ?? decision, 'name') ?? id,
      })
    }
  }
  return found
}

/** The decision a business rule task evaluates: the one whose id its documentation names. */
function namedDecision(task: XmlElement, decisions: DecisionOutput[]): DecisionOutput | undefined {
  const documentation = childElements(task)
    .filter((e) => localName(e.name) === 'documentation')
    .map(textContent)
    .join(' ')
  return decisions.find((decision) => new RegExp(`\\b${decision.id}\\b`).test(documentation))
}
