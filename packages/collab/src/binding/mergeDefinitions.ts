import type { ModdleElement } from '@bauplan/domain'
import { isElement, ownValue } from '../document/embedded'
import { describe, isGeneric } from '../document/modelKind'

/** The parts of bpmn-js's moddle instance the merge needs: creating elements, claiming ids. */
export interface ModelerModdle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement
  ids?: { claim(id: string, element: unknown): void; unclaim(id: string): void }
}

export interface MergeResult {
  /** Every element with an id after the merge, by id (the modeler's own objects). */
  index: Map<string, ModdleElement>
  /** Ids that did not exist before (or changed their type, so their object was replaced). */
  added: Set<string>
  /** Ids that are gone (or whose object was replaced). */
  removed: Set<string>
  /** Ids of kept elements whose own values or embedded children changed. */
  changed: Set<string>
}

/**
 * Makes the modeler's moddle tree `target` equal to `source` (the tree decoded from the Y
 * document) IN PLACE: elements that keep their id and type keep their object — bpmn-js's shapes
 * hold these objects as `businessObject`/`di`, so untouched shapes stay exactly as they are —
 * and only values that differ are written. New elements are created with the modeler's own moddle
 * (so bpmn-js's id registry knows them). Reports what changed, for the canvas update.
 */
export function mergeDefinitions(
  target: ModdleElement,
  source: ModdleElement,
  moddle: ModelerModdle
): MergeResult {
  const before = indexById(target)
  const index = new Map<string, ModdleElement>()
  const added = new Set<string>()
  const changed = new Set<string>()
  const sourceIndex = indexById(source)
  for (const [id, element] of sourceIndex) {
    const existing = before.get(id)
    if (existing && existing.$type === element.$type) {
      index.set(id, existing)
    } else {
      index.set(id, createLike(element, moddle))
      added.add(id)
    }
  }
  for (const [id, element] of sourceIndex) {
    copyInto(index.get(id) as ModdleElement, element, id, { index, moddle, changed })
  }
  const removed = new Set<string>()
  for (const [id, element] of before) {
    if (index.get(id) !== element) {
      removed.add(id)
      moddle.ids?.unclaim(id)
    }
  }
  for (const id of added) moddle.ids?.claim(id, index.get(id))
  for (const id of added) changed.delete(id)
  return { index, added, removed, changed }
}

export interface MergeContext {
  index: Map<string, ModdleElement>
  moddle: ModelerModdle
  changed: Set<string>
}

export function createLike(element: ModdleElement, moddle: ModelerModdle): ModdleElement {
  // Vendor extension elements of unknown namespaces have no type in bpmn-js's moddle; they are
  // plain data, so the decoded object itself is adopted.
  if (isGeneric(element)) return element
  const id = typeof element.id === 'string' ? { id: element.id } : {}
  return moddle.create(element.$type, id)
}

/** Copies every own property of `source` into `target`; `owner` is the nearest id to report. */
export function copyInto(
  target: ModdleElement,
  source: ModdleElement,
  owner: string,
  context: MergeContext
) {
  if (target === source) return
  for (const property of describe(source)) {
    const current = ownValue(target, property.name)
    const wanted = ownValue(source, property.name)
    let next: unknown
    if (property.isReference) {
      next = mapReferences(wanted, context.index)
    } else if (property.isPrimitive) {
      next = wanted
    } else {
      next = mapChildren(current, wanted, target, owner, context)
    }
    if (!sameValue(current, next)) {
      if (next === undefined) {
        if (Object.prototype.hasOwnProperty.call(target, property.name)) {
          // Lists stay lists (bpmn-js iterates them); single values are unset.
          if (property.isMany) target[property.name] = []
          else delete target[property.name]
        }
      } else {
        target[property.name] = next
      }
      context.changed.add(owner)
    }
  }
  const attrs = source.$attrs as Record<string, unknown> | undefined
  const currentAttrs = target.$attrs as Record<string, unknown> | undefined
  if (attrs && currentAttrs && !sameValue(attrs, currentAttrs)) {
    for (const key of Object.keys(currentAttrs)) delete currentAttrs[key]
    Object.assign(currentAttrs, attrs)
    context.changed.add(owner)
  }
}

function mapReferences(value: unknown, index: Map<string, ModdleElement>): unknown {
  const resolve = (reference: unknown) =>
    isElement(reference) && typeof reference.id === 'string' ? index.get(reference.id) : undefined
  if (Array.isArray(value)) {
    const list = value.map(resolve).filter((element) => element !== undefined)
    return list.length > 0 ? list : undefined
  }
  return resolve(value)
}

/**
 * Contained values: children with an id are the merged objects of the index; children without
 * one (bounds, waypoints, labels, expressions, documentation) are merged into the object at the
 * same position when it has the same type, so an unchanged one stays the same object.
 */
function mapChildren(
  current: unknown,
  wanted: unknown,
  parent: ModdleElement,
  owner: string,
  context: MergeContext
): unknown {
  if (wanted === undefined) return undefined
  const currentList = Array.isArray(current) ? current : [current]
  const mapOne = (child: unknown, position: number): unknown => {
    if (!isElement(child)) return child
    let result: ModdleElement
    if (typeof child.id === 'string' && context.index.has(child.id)) {
      result = context.index.get(child.id) as ModdleElement
    } else {
      const previous = currentList[position]
      result =
        isElement(previous) && previous.$type === child.$type && previous.id === undefined
          ? previous
          : createLike(child, context.moddle)
      copyInto(result, child, owner, context)
    }
    if (result.$parent !== parent) result.$parent = parent
    return result
  }
  return Array.isArray(wanted) ? wanted.map(mapOne) : mapOne(wanted, 0)
}

/**
 * Equality of property values: elements by identity (the merge reuses objects), lists element by
 * element, plain objects (generic extension content, `$attrs`) structurally.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]))
  }
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (isElement(a) && isElement(b) && !isGeneric(a)) return false
  const keysA = Object.keys(a).filter((key) => key !== '$parent')
  const keysB = Object.keys(b).filter((key) => key !== '$parent')
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
  )
}

/** Every element with an id in a tree, following containment (never references). */
export function indexById(root: ModdleElement): Map<string, ModdleElement> {
  const index = new Map<string, ModdleElement>()
  for (const element of containedElements(root)) {
    if (typeof element.id === 'string') index.set(element.id, element)
  }
  return index
}

/** `root` and every element it contains (following containment, never references). */
export function containedElements(root: ModdleElement): ModdleElement[] {
  const found: ModdleElement[] = []
  const visit = (element: ModdleElement) => {
    found.push(element)
    for (const property of describe(element)) {
      if (property.isReference || property.isPrimitive) continue
      const value = ownValue(element, property.name)
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isElement(child)) visit(child)
      }
    }
  }
  visit(root)
  return found
}
