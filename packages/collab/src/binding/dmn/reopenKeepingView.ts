import type { Canvas, DiagramElement, ElementRegistry, Selection } from '../diagramTypes'
import type { DmnModelerLike, DmnView, DmnViewerLike } from './dmnTypes'

/** What a person set up in a DRD and a re-open would lose: where they look, what they selected. */
interface DrdViewState {
  viewbox: { x: number; y: number; width: number; height: number }
  selectedIds: string[]
}

/**
 * Opens `view` again from the merged definitions (`modeler.open`, no XML is parsed) — the fallback
 * when a change cannot be shown step by step. A DRD re-opened this way gets its viewbox (zoom and
 * scroll) back, and the selection of the elements that still exist (by id). Literal and boxed
 * expression views have neither; they are rendered anew.
 *
 * `shown` is the view on screen before `_updateViews`. When the remote change gave the element
 * another type of view (a business knowledge model became a decision, a decision's table became a
 * literal expression) or replaced a gone element's view by one of another type, `_updateViews`
 * already made that view active while the old viewer is still attached: `open` would neither
 * detach the old viewer nor attach the new one. `shown` is made active again first, so `open`
 * switches viewers as when the user picks another view.
 */
export function reopenKeepingView(
  modeler: DmnModelerLike,
  view: DmnView,
  report: (error: unknown) => void,
  shown: DmnView | undefined
): void {
  const switching = shown !== undefined && shown.type !== view.type
  const kept = switching ? undefined : drdViewState(modeler.getActiveViewer())
  if (switching) modeler._activeView = shown
  modeler
    .open(view)
    .then(() => {
      if (!kept || modeler.getActiveView() !== view) return
      restoreDrdViewState(modeler.getActiveViewer(), kept)
    })
    .catch(report)
}

function drdViewState(viewer: DmnViewerLike | undefined): DrdViewState | undefined {
  const services = drdViewServices(viewer)
  if (!services) return undefined
  const { x, y, width, height } = services.canvas.viewbox()
  return {
    viewbox: { x, y, width, height },
    selectedIds: services.selection.get().map((element) => element.id),
  }
}

function restoreDrdViewState(viewer: DmnViewerLike | undefined, state: DrdViewState): void {
  const services = drdViewServices(viewer)
  if (!services) return
  services.canvas.viewbox(state.viewbox)
  services.selection.select(
    state.selectedIds
      .map((id) => services.elementRegistry.get(id))
      .filter((element): element is DiagramElement => element !== undefined)
  )
}

/** The DRD viewer's canvas services; undefined for the table and expression viewers. */
function drdViewServices(
  viewer: DmnViewerLike | undefined
): { canvas: Canvas; selection: Selection; elementRegistry: ElementRegistry } | undefined {
  if (!viewer || !isDrdViewer(viewer)) return undefined
  return {
    canvas: viewer.get('canvas') as Canvas,
    selection: viewer.get('selection') as Selection,
    elementRegistry: viewer.get('elementRegistry') as ElementRegistry,
  }
}

export function isDrdViewer(viewer: DmnViewerLike): boolean {
  // `get(name, false)` is didi's non-throwing lookup: null when the viewer has no such service.
  const importer = viewer.get('drdImporter', false)
  return importer !== null && importer !== undefined
}
