import type * as Y from 'yjs'
import { attrsOf, entryType, refsOf } from '../document/entry'
import { propertiesOfType } from '../document/modelKind'
import { requireBpmn, requireSemantic } from './bpmnModel'
import { OperationError } from './operationError'

export type PropertyValue = string | number | boolean | undefined

/** bpmn-js direct editing of a label: the element's `name` (empty or undefined removes it). */
export function rename(doc: Y.Doc, origin: unknown, id: string, name: string | undefined): void {
  setProperty(doc, origin, id, 'name', name === '' ? undefined : name)
}

/**
 * bpmn-js `element.updateProperties` for one attribute (e.g. `isInterrupting`, `calledElement`,
 * `bauplan:baustein`) or one single reference (e.g. a gateway's `default`, given as the target
 * id). `undefined` removes the value. Each property merges on its own: two users changing
 * different properties of one element both keep their change.
 */
export function setProperty(
  doc: Y.Doc,
  origin: unknown,
  id: string,
  property: string,
  value: PropertyValue
): void {
  const space = requireBpmn(doc)
  const entry = requireSemantic(space, id)
  const type = entryType(entry)
  const descriptor = propertiesOfType('bpmn', type).find((p) => p.name === property)
  if (!descriptor || descriptor.isId || descriptor.isMany) {
    throw new OperationError('notAnAttribute', {
      de: `„${property}“ ist keine einzeln setzbare Eigenschaft von ${type}.`,
      en: `"${property}" is not a single-valued property of ${type}.`,
    })
  }
  if (descriptor.isReference) {
    if (value !== undefined && (typeof value !== 'string' || !space.elements.has(value))) {
      throw new OperationError('unknownReference', {
        de: `„${property}“ von „${id}“ muss auf ein vorhandenes Element verweisen; „${String(value)}“ gibt es nicht.`,
        en: `"${property}" of "${id}" must refer to an existing element; "${String(value)}" does not exist.`,
      })
    }
  } else if (!descriptor.isPrimitive) {
    throw new OperationError('notAnAttribute', {
      de: `„${property}“ von ${type} enthält Elemente und ist kein einfacher Wert.`,
      en: `"${property}" of ${type} holds elements and is not a plain value.`,
    })
  } else if (value !== undefined && typeof value !== expectedType(descriptor.type)) {
    throw new OperationError('wrongValueType', {
      de: `„${property}“ von ${type} erwartet einen Wert vom Typ ${descriptor.type}, nicht „${String(value)}“.`,
      en: `"${property}" of ${type} expects a value of type ${descriptor.type}, not "${String(value)}".`,
    })
  }
  const target = descriptor.isReference ? refsOf(entry) : attrsOf(entry)
  doc.transact(() => {
    if (value === undefined) target.delete(property)
    else target.set(property, value)
  }, origin)
}

function expectedType(type: string): 'string' | 'number' | 'boolean' {
  if (type === 'Boolean') return 'boolean'
  if (type === 'Integer' || type === 'Real' || type === 'Float') return 'number'
  return 'string'
}
