import type { ModdleElement } from '@bauplan/domain'
import { diff, type DifferElement } from 'bpmn-js-differ'
import type { JsonValue } from '../model/json'
import type { AttributeChange, BpmnDiff, BpmnElementRef } from './diffTypes'

function refOf(element: DifferElement): BpmnElementRef {
  return {
    id: element.id ?? '',
    type: element.$type,
    ...(typeof element.name === 'string' && element.name !== '' ? { name: element.name } : {}),
  }
}

function isElement(value: unknown): value is DifferElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DifferElement).$type === 'string'
  )
}

/**
 * Attribute values as JSON. bpmn-js-differ reports references and child elements as moddle objects
 * (with parent links, so not serialisable); they are named by id, or by type when they have none.
 */
function plain(value: unknown, depth = 0): JsonValue {
  if (value === undefined || value === null) return null
  // The differ writes references it compared by id as `#ref:<id>`; elements are named `#<id>` here.
  if (typeof value === 'string') return value.startsWith('#ref:') ? `#${value.slice(5)}` : value
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value))
    return depth > 2 ? `[${value.length}]` : value.map((v) => plain(v, depth + 1))
  if (isElement(value)) return value.id !== undefined ? `#${value.id}` : value.$type
  return String(value)
}

function sortById<T extends BpmnElementRef>(list: T[]): T[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Semantic BPMN diff (bpmn-js-differ) mapped to plain data with element names and types. */
export function diffBpmn(before: ModdleElement, after: ModdleElement): BpmnDiff {
  const result = diff(before, after)
  const changed = Object.values(result._changed).map((change) => ({
    ...refOf(change.model),
    attributes: Object.entries(change.attrs)
      // bpmn-js-differ 3.2 fills `attrs` the wrong way round (its handler takes (new, old) and is
      // called with the delta's (old, new)); its model is from the new tree. Swapped back here, and a
      // test pins the direction so an upstream fix cannot silently flip it again.
      .map(([attribute, values]): AttributeChange => ({
        attribute,
        oldValue: plain(values.newValue),
        newValue: plain(values.oldValue),
      }))
      .sort((a, b) => (a.attribute < b.attribute ? -1 : 1)),
  }))
  return {
    added: sortById(Object.values(result._added).map(refOf)),
    removed: sortById(Object.values(result._removed).map(refOf)),
    changed: sortById(changed),
    layoutChanged: sortById(Object.values(result._layoutChanged).filter(isElement).map(refOf)),
  }
}
