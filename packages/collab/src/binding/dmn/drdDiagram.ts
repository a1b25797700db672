import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../../document/embedded'
import { isInstanceOf } from '../../document/modelKind'

/*
 * How dmn-js-drd finds what to draw (DrdTreeWalker): the first diagram of `dmnDI`, whose shapes and
 * edges name DRG elements, artifacts and the requirements of DRG elements through
 * `dmnElementRef`; the walker binds each such element's DI to it as `di`, which the importer draws
 * from and dmn-js's modeling writes bounds and waypoints into.
 */

/** The diagram dmn-js-drd shows for these definitions: the first of `dmnDI`. */
export function firstDiagram(definitions: ModdleElement): ModdleElement | undefined {
  const dmnDI = definitions.dmnDI
  const diagrams = isElement(dmnDI) && Array.isArray(dmnDI.diagrams) ? dmnDI.diagrams : []
  const first: unknown = diagrams[0]
  return isElement(first) ? first : undefined
}

/**
 * The DI of the diagram by the id of the live element it draws, for the elements the import would
 * draw: like the walker, the first DI of an element counts, a DI of anything else is skipped.
 */
export function drawableDi(
  diagram: ModdleElement,
  definitions: ModdleElement,
  index: Map<string, ModdleElement>
): Map<string, ModdleElement> {
  const byElement = new Map<string, ModdleElement>()
  const elements = Array.isArray(diagram.diagramElements) ? diagram.diagramElements : []
  for (const di of elements) {
    if (!isElement(di)) continue
    if (typeof di.id === 'string' && index.get(di.id) !== di) continue
    const semantic = di.dmnElementRef
    if (!isElement(semantic) || typeof semantic.id !== 'string') continue
    if (index.get(semantic.id) !== semantic || byElement.has(semantic.id)) continue
    if (drawnByImport(semantic, definitions)) byElement.set(semantic.id, di)
  }
  return byElement
}

const REQUIREMENTS = [
  'dmn:InformationRequirement',
  'dmn:KnowledgeRequirement',
  'dmn:AuthorityRequirement',
]

function drawnByImport(semantic: ModdleElement, definitions: ModdleElement): boolean {
  if (isInstanceOf(semantic, 'dmn:DRGElement') || isInstanceOf(semantic, 'dmn:Artifact')) {
    return semantic.$parent === definitions
  }
  if (REQUIREMENTS.some((type) => isInstanceOf(semantic, type))) {
    const owner = semantic.$parent
    return isElement(owner) && owner.$parent === definitions
  }
  return false
}

export function isEdge(di: ModdleElement): boolean {
  return isInstanceOf(di, 'dmndi:DMNEdge')
}

function isDiagramElement(di: ModdleElement): boolean {
  return isEdge(di) || isInstanceOf(di, 'dmndi:DMNShape')
}

/**
 * Binds each drawable element's DI to it as `di` (what the walker does on import), and unbinds a
 * DI the diagram no longer holds: dmn-js's modeling writes into `di`, and a re-open keeps a bound
 * `di` instead of binding the diagram's current one.
 */
export function bindDi(
  drawable: Map<string, ModdleElement>,
  diagram: ModdleElement,
  index: Map<string, ModdleElement>
): void {
  const live = new Set(Array.isArray(diagram.diagramElements) ? diagram.diagramElements : [])
  for (const element of index.values()) {
    const di = element.di
    // Only DI of elements: the definitions' `di` is the diagram shown.
    if (!isElement(di) || !isDiagramElement(di)) continue
    if (!live.has(di)) element.di = undefined
  }
  for (const [id, di] of drawable) {
    const semantic = index.get(id) as ModdleElement
    if (semantic.di !== di) semantic.di = di
  }
}

/**
 * The ids of the shapes a requirement or association connects, as dmn-js-drd's importer reads
 * them: the required element's `href` (`#id`) and the requiring element (its parent); an
 * association's `sourceRef`/`targetRef`.
 */
export function edgeEnds(semantic: ModdleElement): { source?: string; target?: string } {
  if (isInstanceOf(semantic, 'dmn:Association')) {
    return { source: hrefId(semantic.sourceRef), target: hrefId(semantic.targetRef) }
  }
  const required =
    semantic.requiredDecision ??
    semantic.requiredInput ??
    semantic.requiredKnowledge ??
    semantic.requiredAuthority
  const owner = semantic.$parent
  return {
    source: hrefId(required),
    target: isElement(owner) && typeof owner.id === 'string' ? owner.id : undefined,
  }
}

function hrefId(reference: unknown): string | undefined {
  if (!isElement(reference) || typeof reference.href !== 'string') return undefined
  return reference.href.split('#').pop()
}
