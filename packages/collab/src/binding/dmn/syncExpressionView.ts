import type { ModdleElement } from '@bauplan/domain'
import { isElement, ownValue } from '../../document/embedded'
import { containedElements, type MergeResult } from '../mergeDefinitions'
import type { DmnView, EventBus, ExpressionViewerLike } from './dmnTypes'

/**
 * What a literal or boxed expression view shows but does not take from the model again on
 * `elements.changed`, taken before a merge to tell whether a remote change altered it:
 *
 * - dmn-js-literal-expression's properties component keeps the variable's type in its own state
 *   (its name it re-reads);
 * - both viewers render the root's logic (`decisionLogic`, `encapsulatedLogic`) once: the literal
 *   expression editor listens to the id the logic had then, the boxed expression viewer's body is
 *   subscribed to nothing. A logic object the merge replaced (another id or type) is never
 *   rendered in place.
 */
export interface ExpressionViewState {
  viewer: ExpressionViewerLike
  variableTypeRef: unknown
  logic: unknown
}

/** The state of an active literal or boxed expression view, before a remote change is merged. */
export function expressionViewState(
  viewer: ExpressionViewerLike | undefined
): ExpressionViewState | undefined {
  const root = viewer && shownRoot(viewer)
  if (!viewer || !root) return undefined
  return { viewer, variableTypeRef: variableTypeRef(root), logic: logicOf(root) }
}

/**
 * Shows a merged remote change in an open literal or boxed expression view without re-opening
 * it: the view's business objects are the ones `mergeDefinitions` updated in place, so firing the
 * viewer's own `elements.changed` for them — what dmn-js's command stack fires after a local edit
 * — makes its components render the merged values. The view's DOM stays, so does the focus; no
 * import runs and dmn-js's command stack stays untouched.
 *
 * Returns `'unchanged'` when the change touched nothing the view shows (its root element — a
 * decision or business knowledge model — and everything it contains), `'incremental'` when the
 * view was refreshed in place, and `'reopen'` when it cannot be: the viewer shows another object
 * than the view's element (the root was replaced), the root's logic is another object than before
 * (its content was replaced), or the literal expression's variable type changed (dmn-js keeps
 * these in component state, see `ExpressionViewState`).
 */
export function syncExpressionView(
  viewer: ExpressionViewerLike,
  view: DmnView,
  merge: MergeResult,
  before: ExpressionViewState | undefined
): 'unchanged' | 'incremental' | 'reopen' {
  const root = shownRoot(viewer)
  if (!root || root !== view.element) return 'reopen'
  const shown = containedElements(root)
  const touched = shown.some(
    (element) =>
      typeof element.id === 'string' &&
      (merge.changed.has(element.id) || merge.added.has(element.id))
  )
  if (!touched) return 'unchanged'
  if (before?.viewer === viewer && before.logic !== logicOf(root)) return 'reopen'
  if (
    view.type === 'literalExpression' &&
    before?.viewer === viewer &&
    before.variableTypeRef !== variableTypeRef(root)
  ) {
    return 'reopen'
  }
  const eventBus = viewer.get('eventBus') as EventBus
  eventBus.fire('elements.changed', { elements: changeEventOrder(shown) })
  return 'incremental'
}

/** The element the viewer renders: the literal expression viewer's decision, the boxed one's root. */
function shownRoot(viewer: ExpressionViewerLike): ModdleElement | undefined {
  return viewer.getDecision?.() ?? viewer.getRootElement?.()
}

/** The expression a decision or business knowledge model holds, as the viewers read it. */
function logicOf(root: ModdleElement): unknown {
  return ownValue(root, 'decisionLogic') ?? ownValue(root, 'encapsulatedLogic')
}

function variableTypeRef(root: ModdleElement): unknown {
  const variable = ownValue(root, 'variable')
  return isElement(variable) ? ownValue(variable, 'typeRef') : undefined
}

/**
 * The literal expression viewer's change support calls listeners by id and stops at the first id
 * it has seen already, so every id appears once and elements without an id (one listener key
 * between them) come last. The boxed expression viewer matches elements by identity and gets all.
 */
function changeEventOrder(elements: ModdleElement[]): ModdleElement[] {
  const withId = new Map<string, ModdleElement>()
  const withoutId: ModdleElement[] = []
  for (const element of elements) {
    if (typeof element.id === 'string') {
      if (!withId.has(element.id)) withId.set(element.id, element)
    } else {
      withoutId.push(element)
    }
  }
  return [...withId.values(), ...withoutId]
}
