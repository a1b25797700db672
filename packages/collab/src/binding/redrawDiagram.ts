import type { ModdleElement, Problem } from '@bauplan/domain'
import type { CanvasServices } from './applyToCanvas'
import type { DiagramElement } from './diagramTypes'

/** What the last-resort redraw needs of the modeler besides its canvas services. */
export interface Redrawable {
  importDefinitions(definitions: ModdleElement): Promise<unknown>
}

/**
 * The last resort when a remote change cannot be applied incrementally — its diagram root changed
 * (a process diagram became a collaboration) or drawing it failed: bpmn-js redraws the whole
 * diagram from the modeler's own, already merged moddle tree (`importDefinitions`, no XML). Per-user
 * undo is unaffected (it lives in the Y.Doc, not in bpmn-js's command stack); the viewbox and the
 * selection of elements that still exist are restored.
 */
export async function redrawDiagram(
  modeler: Redrawable,
  services: CanvasServices,
  definitions: ModdleElement
): Promise<void> {
  const { canvas, selection, elementRegistry } = services
  const viewbox = canvas.viewbox()
  const selected = selection.get().map((element) => element.id)
  await modeler.importDefinitions(definitions)
  canvas.viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height })
  selection.select(
    selected
      .map((id) => elementRegistry.get(id))
      .filter((element): element is DiagramElement => element !== undefined)
  )
}

/** Whether the canvas shows another root than the diagram's plane now names. */
export function rootChanged(services: CanvasServices, plane: ModdleElement): boolean {
  return services.canvas.getRootElement().businessObject !== plane.bpmnElement
}

export function redrawProblem(fileName: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: 'collab.redraw',
    severity: 'warning',
    file: fileName,
    message: {
      de: `Eine Änderung von anderen ließ sich nicht schrittweise zeichnen (${reason}); das Diagramm wurde neu gezeichnet.`,
      en: `A change by others could not be drawn step by step (${reason}); the diagram was redrawn.`,
    },
  }
}
