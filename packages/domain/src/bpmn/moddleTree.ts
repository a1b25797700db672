import type { ModdleElement } from './moddleElement'

/** The part of moddle's run-time type descriptor the tree helpers need. */
interface PropertyDescriptor {
  name: string
  isMany?: boolean
  isReference?: boolean
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$type === 'string'
  )
}

/** Whether the element is of `type` or a subtype (moddle's `$instanceOf`, e.g. `bpmn:FlowNode`). */
export function isA(element: ModdleElement, type: string): boolean {
  const instanceOf = element.$instanceOf
  return typeof instanceOf === 'function'
    ? Boolean(instanceOf.call(element, type))
    : element.$type === type
}

function propertiesOf(element: ModdleElement): readonly PropertyDescriptor[] {
  const descriptor = element.$descriptor as { properties?: PropertyDescriptor[] } | undefined
  return descriptor?.properties ?? []
}

/** The value of a property as a list of elements (single, many or absent). */
export function elementsIn(value: unknown): ModdleElement[] {
  if (Array.isArray(value)) return value.filter(isModdleElement)
  return isModdleElement(value) ? [value] : []
}

export function stringOf(element: ModdleElement, property: string): string | undefined {
  const value = element[property]
  return typeof value === 'string' ? value : undefined
}

/** The element a single-valued property holds or points to (e.g. `bounds`, `targetRef`), if any. */
export function elementOf(element: ModdleElement, property: string): ModdleElement | undefined {
  const value = element[property]
  return isModdleElement(value) ? value : undefined
}

/** Id of the element a reference points to. */
export function referencedId(element: ModdleElement, property: string): string | undefined {
  return elementOf(element, property)?.id
}

/** Contained child elements (not references), in document order of the metamodel's properties. */
export function childrenOf(element: ModdleElement): ModdleElement[] {
  const children: ModdleElement[] = []
  for (const property of propertiesOf(element)) {
    if (property.isReference) continue
    children.push(...elementsIn(element[property.name]))
  }
  return children
}

export interface ReferenceValue {
  /** Local property name, e.g. `targetRef`. */
  property: string
  isMany: boolean
  targets: ModdleElement[]
}

/** Every reference property that is set on the element, with the elements it points to. */
export function referencesOf(element: ModdleElement): ReferenceValue[] {
  const references: ReferenceValue[] = []
  for (const property of propertiesOf(element)) {
    if (!property.isReference) continue
    const value = element[property.name]
    if (value === undefined || value === null) continue
    if (Array.isArray(value) && value.length === 0) continue
    references.push({
      property: property.name,
      isMany: Boolean(property.isMany),
      targets: elementsIn(value),
    })
  }
  return references
}

/**
 * Visits the element and all contained elements depth-first, parents before children. `parent`
 * is the containing element in the tree walked (moddle's `$parent` is not set on elements built
 * in code, so the walk tracks it itself).
 */
export function walk(
  root: ModdleElement,
  visit: (element: ModdleElement, parent: ModdleElement | undefined) => void | 'skip'
): void {
  const stack: { element: ModdleElement; parent: ModdleElement | undefined }[] = [
    { element: root, parent: undefined },
  ]
  while (stack.length > 0) {
    const { element, parent } = stack.pop() as {
      element: ModdleElement
      parent: ModdleElement | undefined
    }
    if (visit(element, parent) === 'skip') continue
    const children = childrenOf(element)
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ element: children[i] as ModdleElement, parent: element })
    }
  }
}
