import {
  clearLocalSelection,
  remoteSelections,
  setLocalSelection,
  type PresenceAwareness,
  type RemoteSelection,
} from '@bauplan/collab'
import './presence.css'
import { presenceLabel } from './presenceLabel'

/** Set on the table's container while bound; the outline rules only match inside it. */
export const TABLE_PRESENCE_SCOPE = 'data-bauplan-presence-table'
/** The class of the name labels in table cells (besides the label class shared with BPMN). */
export const CELL_LABEL_CLASS = 'bauplan-presence-label--cell'
/** Inset rings around a cell: the first person's innermost, each further one this much wider. */
const RING_WIDTH_PX = 2

/**
 * The dmn-js decision-table services (table-js underneath) this uses, typed narrowly: dmn-js
 * ships no types, so these name exactly the surface an upgrade must keep.
 */
export interface TableViewer {
  get(name: string): unknown
}
interface TableEventBus {
  on(event: string, priority: number, listener: () => void): void
  off(event: string, listener: () => void): void
}
/**
 * table-js's selection: a cell, row or column of its element registry. dmn-js's `cellSelection`
 * (clicks, arrow keys) selects through it; its own `getCellSelection()` is not used, as it keeps
 * the last cell when the table is opened again, while this one is cleared with the table.
 */
interface TableSelection {
  get(): { id: string } | undefined
}
interface TableRenderer {
  getContainer(): HTMLElement
}

let scopes = 0

/**
 * Shows in a dmn-js decision table what other people have selected in `fileName`, and tells
 * them which cell is selected here.
 *
 * - The local selection is the selected cell's id (table-js `selection`, on `selection.changed`),
 *   which dmn-js also puts on the cell as `data-element-id`. A rule cell's id is its business
 *   object's, the id the DMN binding stores it under (`<rule>_<column>` for a cell made in the
 *   shared document); a column head carries its clause id, the annotation and index cells their
 *   rule id. So every client names the same cell alike. Fields outside the registry (the
 *   decision's name above the table) are not shared.
 * - A remote selection rings every element with a selected id in its user's colour (an inset
 *   box-shadow, nested for several people) and puts the user's name above the first one.
 *
 * The rings are CSS rules keyed by id in a style element of their own, not styles on the cells:
 * table-js re-renders cells (Inferno) whenever the table changes, here or remotely, and a rule
 * matches whatever cell is drawn now — a row removed by someone else takes its ring along,
 * nothing goes stale. The name labels must be elements (the name is text, read by screen
 * readers, as on the BPMN canvas); they sit inside the cell, and a mutation observer puts a
 * label back when a re-render replaced its cell, and takes it away when the cell is gone.
 *
 * Nothing here goes through the command stack or changes the local selection. One binding per
 * table viewer; the returned function removes the rules, labels and listeners and withdraws the
 * local selection of this file.
 */
export function bindTableRemoteSelections(
  viewer: TableViewer,
  awareness: PresenceAwareness,
  fileName: string
): () => void {
  const eventBus = viewer.get('eventBus') as TableEventBus
  const selection = viewer.get('selection') as TableSelection
  const container = (viewer.get('renderer') as TableRenderer).getContainer()
  const scope = String(++scopes)
  container.setAttribute(TABLE_PRESENCE_SCOPE, scope)
  const style = document.createElement('style')
  style.dataset.bauplanPresence = scope
  document.head.append(style)
  let labels: { ids: readonly string[]; label: HTMLElement }[] = []

  const publish = () => {
    const id = selection.get()?.id
    setLocalSelection(awareness, fileName, id ? [id] : [])
  }

  const hostOf = (ids: readonly string[]): HTMLElement | null => {
    for (const id of ids) {
      const host = container.querySelector<HTMLElement>(`[data-element-id="${CSS.escape(id)}"]`)
      if (host) return host
    }
    return null
  }
  /** Puts each label into the cell it belongs in now; touches nothing that is already right. */
  const placeLabels = () => {
    const stacked = new Map<HTMLElement, number>()
    for (const { ids, label } of labels) {
      const host = hostOf(ids)
      if (!host) {
        if (label.isConnected) label.remove()
        continue
      }
      const stack = stacked.get(host) ?? 0
      stacked.set(host, stack + 1)
      if (label.style.getPropertyValue('--bauplan-presence-stack') !== String(stack)) {
        label.style.setProperty('--bauplan-presence-stack', String(stack))
      }
      if (label.parentElement !== host) host.append(label)
    }
  }
  // Re-placing a label is itself a mutation; the second pass finds everything in place and stops.
  const observer = new MutationObserver(placeLabels)

  const clear = () => {
    observer.disconnect()
    for (const { label } of labels) label.remove()
    labels = []
    style.textContent = ''
  }
  const redraw = () => {
    const selections = remoteSelections(awareness, awareness.clientID, fileName)
    // Most awareness changes come with nobody else selecting anything here: nothing to redo.
    if (labels.length === 0 && selections.length === 0) return
    clear()
    style.textContent = outlineRules(`[${TABLE_PRESENCE_SCOPE}="${scope}"]`, selections)
    labels = selections.map((remote) => ({
      ids: remote.ids,
      label: presenceLabel(remote, 'span', CELL_LABEL_CLASS),
    }))
    placeLabels()
    if (labels.length > 0) observer.observe(container, { childList: true, subtree: true })
  }

  // After dmn-js's own listeners (default priority 1000), which keep its cell selection in step.
  eventBus.on('selection.changed', 500, publish)
  awareness.on('change', redraw)
  publish()
  redraw()

  return () => {
    eventBus.off('selection.changed', publish)
    awareness.off('change', redraw)
    clear()
    style.remove()
    if (container.getAttribute(TABLE_PRESENCE_SCOPE) === scope) {
      container.removeAttribute(TABLE_PRESENCE_SCOPE)
    }
    clearLocalSelection(awareness, fileName)
  }
}

/**
 * One rule per selected id: inset rings in the selecting people's colours, the first person's
 * innermost. Ids come from other clients, so they are escaped (`CSS.escape`) and cannot end the
 * selector; colours come from the local palette (`presenceColour`).
 */
function outlineRules(scopeSelector: string, selections: readonly RemoteSelection[]): string {
  const colours = new Map<string, string[]>()
  for (const remote of selections) {
    for (const id of remote.ids) colours.set(id, [...(colours.get(id) ?? []), remote.colour.fill])
  }
  return [...colours]
    .map(([id, fills]) => {
      const rings = fills
        .map((fill, i) => `inset 0 0 0 ${(i + 1) * RING_WIDTH_PX}px ${fill}`)
        .join(', ')
      return `${scopeSelector} [data-element-id="${CSS.escape(id)}"] { box-shadow: ${rings}; }`
    })
    .join('\n')
}
