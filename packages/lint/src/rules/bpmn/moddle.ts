import type { ModdleElement } from '@bauplan/domain'
import { is } from 'bpmnlint-utils'

/** Reading a moddle tree safely: properties are `unknown` because the metamodel decides them. */

export function isElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$type === 'string'
  )
}

/** The elements a (many-valued or single) property holds or points to. */
export function elementsOf(node: ModdleElement, property: string): ModdleElement[] {
  const value = node[property]
  if (Array.isArray(value)) return value.filter(isElement)
  return isElement(value) ? [value] : []
}

export function elementOf(node: ModdleElement, property: string): ModdleElement | undefined {
  const value = node[property]
  return isElement(value) ? value : undefined
}

export function parentOf(node: ModdleElement): ModdleElement | undefined {
  return elementOf(node, '$parent')
}

/** The nearest ancestor of the type, e.g. the process a deeply nested task belongs to. */
export function ancestorOf(node: ModdleElement, type: string): ModdleElement | undefined {
  for (let parent = parentOf(node); parent; parent = parentOf(parent)) {
    if (is(parent, type)) return parent
  }
  return undefined
}

/** The trimmed name, or '' for none: a name of blanks names nothing. */
export function nameOf(node: ModdleElement): string {
  const name = node.name
  return typeof name === 'string' ? name.trim() : ''
}

/** Whether a sequence flow carries a condition with some text in it. */
export function hasConditionText(flow: ModdleElement): boolean {
  const condition = elementOf(flow, 'conditionExpression')
  const body = condition?.body
  return typeof body === 'string' && body.trim() !== ''
}

/** The pool (participant) that shows a process, if the model has a collaboration. */
export function poolOfProcess(process: ModdleElement): ModdleElement | undefined {
  const definitions = ancestorOf(process, 'bpmn:Definitions')
  if (!definitions) return undefined
  for (const root of elementsOf(definitions, 'rootElements')) {
    if (!is(root, 'bpmn:Collaboration')) continue
    const pool = elementsOf(root, 'participants').find(
      (participant) => elementOf(participant, 'processRef') === process
    )
    if (pool) return pool
  }
  return undefined
}

/**
 * Where a finding about a whole process belongs: its pool when there is one, because in a
 * collaboration the editor shows the pool, not the process.
 */
export function shownElement(container: ModdleElement): ModdleElement {
  return is(container, 'bpmn:Process') ? (poolOfProcess(container) ?? container) : container
}
