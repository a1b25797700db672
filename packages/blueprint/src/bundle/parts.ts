import type {
  BundleFile,
  DiagramRenderer,
  ExportOptions,
  PartExporter,
  ResolvedProcedure,
} from '../model/exportTypes'
import {
  backOfficeExporter,
  frontOfficeExporter,
  renderHandbook,
  xprozessExporter,
} from '../parts/index'

/** Renders the handbook (HTML with SVG diagrams); needs a renderer that draws with bpmn-js/dmn-js. */
export type HandbookExporter = (
  procedure: ResolvedProcedure,
  options: ExportOptions,
  renderer?: DiagramRenderer
) => Promise<BundleFile[]>

/**
 * The part exporters the bundle core runs. They live in src/frontOffice, src/backOffice,
 * src/xprozess and src/handbook (exported from src/parts/index.ts); each is plugged in here with
 * one line. A part that is not registered contributes no files — and the manifest's `export.parts`
 * still says what was asked for, so an empty part is visible, never silently mislabelled.
 */
export interface PartsRegistry {
  frontOffice?: PartExporter
  backOffice?: PartExporter
  /** The XProzess process message: part of the back office (it describes the whole procedure). */
  xprozess?: PartExporter
  handbook?: HandbookExporter
}

export const PARTS: PartsRegistry = {
  frontOffice: frontOfficeExporter,
  backOffice: backOfficeExporter,
  xprozess: xprozessExporter,
  handbook: renderHandbook,
}
