import { clearLocalSelection, type PresenceAwareness } from '@bauplan/collab'
import { bindRemoteSelections } from './bindRemoteSelections'
import { bindTableRemoteSelections, type TableViewer } from './bindTableRemoteSelections'

/** A dmn-js Modeler (`dmn-js/lib/Modeler`) as far as presence needs it. */
export interface DmnPresenceModeler {
  getActiveView(): { type: string; element: unknown } | undefined
  getActiveViewer(): TableViewer | undefined
  on(event: string, callback: () => void): void
  off(event: string, callback: () => void): void
}

/**
 * Remote selections for a dmn-js Modeler showing `fileName`: whichever view is active gets its
 * own binding, and opening another view re-binds.
 *
 * - The **DRD** is a diagram-js canvas like bpmn-js: `bindRemoteSelections` on its viewer.
 * - A **decision table**: `bindTableRemoteSelections` (cells ringed, names in the cell).
 * - A **literal or boxed expression** has no selection to share: nothing is published there, and
 *   nothing of others is shown.
 *
 * Ids are unique in a DMN file, so one selection per file serves every view: a cell someone has
 * selected is ringed only where that cell is drawn, the others' DRD selection only in the DRD.
 *
 * dmn-js keeps one viewer per kind of view and reuses it for every decision of that kind; a view
 * is re-opened by it when another decision is chosen, and by the collaboration binding when a
 * remote change cannot be shown in place. Each opening (`import.render.complete`) re-binds, so
 * the new view publishes its own selection (a view opened for another decision starts with none;
 * a DRD the binding re-opened gets its selection back, which is then published again); `views.changed`
 * re-binds only when the active view changed (it also fires when decisions are renamed). The
 * returned function unbinds and withdraws the local selection of this file.
 */
export function bindDmnRemoteSelections(
  modeler: DmnPresenceModeler,
  awareness: PresenceAwareness,
  fileName: string
): () => void {
  let bound: { element: unknown; viewer: TableViewer; unbind: () => void } | undefined

  const bind = () => {
    bound?.unbind()
    bound = undefined
    const view = modeler.getActiveView()
    const viewer = modeler.getActiveViewer()
    if (!view || !viewer) return
    const unbind =
      view.type === 'drd'
        ? bindRemoteSelections(viewer, awareness, fileName)
        : view.type === 'decisionTable'
          ? bindTableRemoteSelections(viewer, awareness, fileName)
          : () => clearLocalSelection(awareness, fileName)
    bound = { element: view.element, viewer, unbind }
  }
  const onViewsChanged = () => {
    const view = modeler.getActiveView()
    if (bound?.element !== view?.element || bound?.viewer !== modeler.getActiveViewer()) bind()
  }

  modeler.on('import.render.complete', bind)
  modeler.on('views.changed', onViewsChanged)
  bind()

  return () => {
    modeler.off('import.render.complete', bind)
    modeler.off('views.changed', onViewsChanged)
    bound?.unbind()
    bound = undefined
    clearLocalSelection(awareness, fileName)
  }
}
