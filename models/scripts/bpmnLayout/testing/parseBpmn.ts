/**
 * Reads generated BPMN for the generator's tests through the project's own parser
 * (`@bauplan/domain`: hostile-XML gate, bpmn-moddle with the bauplan extension), so a generated
 * file passes exactly the checks the catalogue applies, and indexes every element by id.
 */
import type { ModdleElement as DomainElement } from '@bauplan/domain'
import { checkBpmn, formatProblem, parseBpmn as parseWithDomain } from '@bauplan/domain'

export interface ModdleElement {
  $type: string
  id?: string
  name?: string
  [key: string]: unknown
}

export interface ParseResult {
  rootElement: ModdleElement
  /** Parser problems and BPMN check problems (unique ids, references, diagram interchange). */
  warnings: { message: string }[]
  elementsById: Record<string, ModdleElement>
}

function isElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$type === 'string'
  )
}

/** Every element reachable from the root, by id (containment and references alike). */
function indexById(root: ModdleElement): Record<string, ModdleElement> {
  const byId: Record<string, ModdleElement> = {}
  const seen = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (!isElement(value) || seen.has(value)) return
    seen.add(value)
    if (typeof value.id === 'string') byId[value.id] = value
    for (const [key, child] of Object.entries(value)) {
      if (!key.startsWith('$')) visit(child)
    }
  }
  visit(root)
  return byId
}

export async function parseBpmn(xml: string): Promise<ParseResult> {
  const parsed = await parseWithDomain(xml)
  if (!parsed.definitions) {
    throw new Error(parsed.problems.map((p) => formatProblem(p, 'en')).join('\n'))
  }
  const problems = [...parsed.problems, ...checkBpmn(parsed.definitions as DomainElement, xml)]
  const rootElement = parsed.definitions as unknown as ModdleElement
  return {
    rootElement,
    warnings: problems.map((p) => ({ message: formatProblem(p, 'en') })),
    elementsById: indexById(rootElement),
  }
}
