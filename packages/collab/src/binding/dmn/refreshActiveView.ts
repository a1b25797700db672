import type { ModdleElement, Problem } from '@bauplan/domain'
import type { MergeResult } from '../mergeDefinitions'
import { bindDi, drawableDi, firstDiagram } from './drdDiagram'
import type {
  Canvas,
  DefinitionPropertiesView,
  DmnModelerLike,
  DmnView,
  DmnViewerLike,
  DrdImporter,
  ElementRegistry,
  EventBus,
  ExpressionViewerLike,
  Selection,
  Sheet,
  TableElementFactory,
} from './dmnTypes'
import { isDrdViewer, reopenKeepingView } from './reopenKeepingView'
import { syncDecisionTable } from './syncDecisionTable'
import { syncDrd, type DrdServices } from './syncDrd'
import { syncExpressionView, type ExpressionViewState } from './syncExpressionView'

/** How the active view took a merged remote change. */
export type Refresh = 'unchanged' | 'incremental' | 'reopened'

/**
 * Shows a remote change, already merged into dmn-js's definitions, in the active view:
 *
 * - the list of views follows decisions that were added, removed or renamed (`_updateViews`);
 * - a **decision table** is updated incrementally through table-js's sheet (`syncDecisionTable`):
 *   no import, the sheet and its untouched rows stay, dmn-js's command stack is not touched;
 * - the **DRD** likewise through diagram-js's canvas (`syncDrd`): untouched shapes stay, the
 *   viewbox and the selection too;
 * - a **literal or boxed expression** re-renders in place through its viewer's own
 *   `elements.changed` (`syncExpressionView`): its DOM and the focus stay.
 *
 * A view that cannot be shown step by step is re-opened from the merged definitions
 * (`modeler.open`, which renders the element again; no XML is parsed): a table or DRD whose change
 * cannot be applied, an expression view whose root element was replaced or whose literal
 * expression variable changed its type, a view whose element is gone (dmn-js then opens the first
 * view), a view whose type changed (a business knowledge model replaced by a decision of the same
 * id, a decision table replaced by a literal expression: the viewer is switched); a re-opened DRD
 * gets its viewbox and selection back (`reopenKeepingView`). A view untouched by the change stays
 * as it is.
 *
 * `expressionBefore` is the expression view's state taken before the merge
 * (`expressionViewState`). `report` hears why a table or DRD had to be re-opened, and when
 * re-opening (asynchronous) failed.
 */
export function refreshActiveView(
  modeler: DmnModelerLike,
  merge: MergeResult,
  report: (error: unknown) => void,
  expressionBefore?: ExpressionViewState
): Refresh {
  const before = modeler.getActiveView()
  modeler._updateViews?.()
  const view = modeler.getActiveView()
  if (!view) return 'unchanged'
  const reopen = (): Refresh => {
    reopenKeepingView(modeler, view, report, before)
    return 'reopened'
  }
  // Another element, or the same one shown by another viewer (its logic changed type): the active
  // viewer is not the view's, so neither can be updated in place.
  if (view !== before && (view.element !== before?.element || view.type !== before?.type)) {
    return reopen()
  }
  if (merge.added.size === 0 && merge.removed.size === 0 && merge.changed.size === 0) {
    return 'unchanged'
  }
  const viewer = modeler.getActiveViewer()
  if (view.type === 'decisionTable' && viewer && isTableViewer(viewer)) {
    try {
      const shown = syncDecisionTable(
        {
          sheet: viewer.get('sheet') as Sheet,
          elementFactory: viewer.get('elementFactory') as TableElementFactory,
          eventBus: viewer.get('eventBus') as EventBus,
        },
        merge
      )
      return shown ? 'incremental' : reopen()
    } catch (error) {
      report(error)
      return reopen()
    }
  }
  if (view.type === 'drd' && viewer && isDrdViewer(viewer)) {
    try {
      syncDrd(drdServices(viewer), merge)
      return 'incremental'
    } catch (error) {
      report(error)
      bindShownDi(view.element, merge)
      return reopen()
    }
  }
  if (isExpressionView(view) && viewer) {
    const shown = syncExpressionView(viewer as ExpressionViewerLike, view, merge, expressionBefore)
    return shown === 'reopen' ? reopen() : shown
  }
  return reopen()
}

function isExpressionView(view: DmnView): boolean {
  return view.type === 'literalExpression' || view.type === 'boxedExpression'
}

function drdServices(viewer: DmnViewerLike): DrdServices {
  return {
    canvas: viewer.get('canvas') as Canvas,
    elementRegistry: viewer.get('elementRegistry') as ElementRegistry,
    drdImporter: viewer.get('drdImporter') as DrdImporter,
    eventBus: viewer.get('eventBus') as EventBus,
    selection: viewer.get('selection') as Selection,
    definitionPropertiesView: viewer.get('definitionPropertiesView', false) as
      DefinitionPropertiesView | null | undefined,
  }
}

/**
 * Before a DRD is re-opened: dmn-js's import keeps an element's bound `di` over the diagram's
 * current one, so the current ones are bound first.
 */
function bindShownDi(definitions: ModdleElement, merge: MergeResult): void {
  const diagram = firstDiagram(definitions)
  if (diagram) bindDi(drawableDi(diagram, definitions, merge.index), diagram, merge.index)
}

function isTableViewer(viewer: DmnViewerLike): boolean {
  // `get(name, false)` is didi's non-throwing lookup: null when the viewer has no such service.
  const sheet = viewer.get('sheet', false)
  return sheet !== null && sheet !== undefined
}

export function reopenProblem(fileName: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: 'collab.redraw',
    severity: 'warning',
    file: fileName,
    message: {
      de: `Eine Änderung von anderen ließ sich nicht schrittweise anzeigen (${reason}); die Ansicht wurde neu geöffnet.`,
      en: `A change by others could not be shown step by step (${reason}); the view was opened again.`,
    },
  }
}
