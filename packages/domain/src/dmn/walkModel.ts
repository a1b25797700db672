import { DRG_TYPES, type DescribedElement, type DmnDrgElement, type ModdleElement } from './model'

const DRG_TYPE_NAMES: ReadonlySet<string> = new Set(Object.values(DRG_TYPES))

export function isDrgElement(element: ModdleElement): element is DmnDrgElement {
  return DRG_TYPE_NAMES.has(element.$type)
}

/**
 * Visits every element of a moddle tree once, following only containment: properties the
 * metamodel marks as references (e.g. a diagram shape's `dmnElementRef`) point elsewhere in the
 * tree and are not descended into. `owner` is the nearest enclosing DRG element (decision, BKM, …),
 * the thing a person recognises in a message about a table cell deep inside it.
 */
export function walkModel(
  root: ModdleElement,
  visit: (element: ModdleElement, owner: DmnDrgElement | undefined) => void
): void {
  const seen = new Set<ModdleElement>()
  const stack: Array<{ element: ModdleElement; owner: DmnDrgElement | undefined }> = [
    { element: root, owner: undefined },
  ]
  while (stack.length > 0) {
    const { element, owner } = stack.pop() as {
      element: ModdleElement
      owner: DmnDrgElement | undefined
    }
    if (seen.has(element)) continue
    seen.add(element)
    const ownerHere = isDrgElement(element) ? element : owner
    visit(element, ownerHere)
    const children = containedChildren(element as DescribedElement)
    // Pushed in reverse so elements are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ element: children[i] as ModdleElement, owner: ownerHere })
    }
  }
}

function containedChildren(element: DescribedElement): ModdleElement[] {
  const children: ModdleElement[] = []
  const properties = element.$descriptor?.propertiesByName
  for (const key of Object.keys(element)) {
    if (key.startsWith('$')) continue
    if (properties?.[key]?.isReference) continue
    const value = element[key]
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isModdleElement(item)) children.push(item)
    }
  }
  return children
}

function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $type?: unknown }).$type === 'string'
  )
}

/** How a message names an element: its name and id, or just the id. */
export function describeElement(element: { id?: string; name?: string } | undefined): {
  de: string
  en: string
} {
  if (element === undefined) return { de: '(unbekannt)', en: '(unknown)' }
  const name = element.name?.trim()
  const id = element.id ?? '?'
  if (name) return { de: `„${name}“ (${id})`, en: `"${name}" (${id})` }
  return { de: `„${id}“`, en: `"${id}"` }
}
