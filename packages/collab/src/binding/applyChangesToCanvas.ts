import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../document/embedded'
import { isInstanceOf } from '../document/modelKind'
import {
  drawOrder,
  parentShape,
  placedAsBefore,
  refresh,
  remove,
  restoreSelection,
  type CanvasServices,
} from './applyToCanvas'
import type { DiagramElement } from './diagramTypes'
import type { MergeResult } from './mergeDefinitions'

/**
 * `applyToCanvas` for an incremental merge: the same rules, but only the canvas elements of the
 * ids the merge reported (and what removing them took along) are looked up — by id in the element
 * registry — instead of scanning every element and every DI of the plane.
 */
export function applyChangesToCanvas(
  services: CanvasServices,
  plane: ModdleElement,
  merge: MergeResult & { removedObjects: Map<string, ModdleElement> }
): void {
  const { elementRegistry, bpmnImporter, eventBus, selection, canvas } = services
  const { index } = merge
  const selectedIds = selection.get().map((element) => element.id)

  // Semantic ids whose drawing may differ: changed elements and the elements of changed DI.
  const touched = new Set<string>()
  const note = (element: ModdleElement | undefined, id: string) => {
    if (element && isDiagramElement(element)) {
      const semantic = element.bpmnElement
      if (isElement(semantic) && typeof semantic.id === 'string') touched.add(semantic.id)
    } else touched.add(id)
  }
  for (const id of [...merge.added, ...merge.changed]) note(index.get(id), id)
  for (const [id, element] of merge.removedObjects) note(element, id)

  // The live DI of a semantic id: a DI the merge touched, else the one its shape shows.
  const diOf = new Map<string, ModdleElement>()
  for (const id of [...merge.added, ...merge.changed]) {
    const di = index.get(id)
    if (di && isDiagramElement(di) && drawable(di, plane, index)) {
      diOf.set((di.bpmnElement as ModdleElement).id as string, di)
    }
  }
  const liveDi = (id: string, shown: DiagramElement | undefined): ModdleElement | undefined => {
    const di = diOf.get(id) ?? shown?.di
    return di && drawable(di, plane, index) && di.bpmnElement === index.get(id) ? di : undefined
  }
  const isChanged = (id: string, di: ModdleElement) =>
    merge.changed.has(id) || merge.changed.has(di.id as string)

  const stale: DiagramElement[] = []
  for (const id of touched) {
    const element = elementRegistry.get(id)
    if (!element || element.labelTarget) continue
    const di = liveDi(id, element)
    if (index.get(id) !== element.businessObject || !di || di !== element.di) stale.push(element)
    else if (isChanged(id, di) && !placedAsBefore(element, services)) stale.push(element)
  }
  const dropped = new Map<string, DiagramElement>()
  for (const element of remove(stale, canvas)) {
    if (element.labelTarget) continue
    const id = element.businessObject.id as string
    dropped.set(id, element)
    touched.add(id)
  }

  const toDraw: ModdleElement[] = []
  const changed: DiagramElement[] = []
  for (const id of touched) {
    const di = liveDi(id, dropped.get(id) ?? elementRegistry.get(id))
    if (!di) continue
    const existing = elementRegistry.get(id)
    if (!existing) toDraw.push(di)
    else if (isChanged(id, di))
      changed.push(...refresh(existing, index.get(id) as ModdleElement, di, bpmnImporter))
  }
  for (const di of drawOrder(toDraw)) {
    const semantic = di.bpmnElement as ModdleElement
    bpmnImporter.add(semantic, di, parentShape(semantic, services))
  }
  if (changed.length > 0) eventBus.fire('elements.changed', { elements: changed })

  restoreSelection(services, selectedIds)
}

function isDiagramElement(element: ModdleElement): boolean {
  return isInstanceOf(element, 'bpmndi:BPMNShape') || isInstanceOf(element, 'bpmndi:BPMNEdge')
}

/** A DI of the shown plane, live, naming a live semantic element. */
function drawable(di: ModdleElement, plane: ModdleElement, index: Map<string, ModdleElement>) {
  const semantic = di.bpmnElement
  return (
    di.$parent === plane &&
    (typeof di.id !== 'string' || index.get(di.id) === di) &&
    isElement(semantic) &&
    index.get(semantic.id as string) === semantic
  )
}
