import type { Problem } from '@bauplan/domain'
import type { MergeResult } from '../mergeDefinitions'
import type {
  DmnModelerLike,
  DmnViewerLike,
  EventBus,
  Sheet,
  TableElementFactory,
} from './dmnTypes'
import { syncDecisionTable } from './syncDecisionTable'

/** How the active view took a merged remote change. */
export type Refresh = 'unchanged' | 'incremental' | 'reopened'

/**
 * Shows a remote change, already merged into dmn-js's definitions, in the active view:
 *
 * - the list of views follows decisions that were added, removed or renamed (`_updateViews`);
 * - a **decision table** is updated incrementally through table-js's sheet (`syncDecisionTable`):
 *   no import, the sheet and its untouched rows stay, dmn-js's command stack is not touched;
 * - every **other view** (DRD, literal expression, boxed expression) is re-opened from the merged
 *   definitions (`modeler.open`, which renders the element again; no XML is parsed). So is a table
 *   whose change does not fit the sheet, or a view whose element is gone (dmn-js then opens the
 *   first view). A view untouched by the change stays as it is.
 *
 * `report` hears why a table had to be re-opened, and when re-opening (asynchronous) failed.
 */
export function refreshActiveView(
  modeler: DmnModelerLike,
  merge: MergeResult,
  report: (error: unknown) => void
): Refresh {
  const before = modeler.getActiveView()
  modeler._updateViews?.()
  const view = modeler.getActiveView()
  if (!view) return 'unchanged'
  const reopen = (): Refresh => {
    modeler.open(view).catch(report)
    return 'reopened'
  }
  if (view !== before && view.element !== before?.element) return reopen()
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
  return reopen()
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
