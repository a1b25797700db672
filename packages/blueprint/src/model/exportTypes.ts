import type { Baustein } from '@bauplan/domain'

/**
 * The contract between the bundle core (resolution, manifest, zip, verify, import) and the part
 * exporters (front office, back office, XProzess, handbook). Exporters are pure functions of a
 * resolved procedure: same input, same files — which is what makes bundles byte-identical.
 */

/** One block version with all its files, exactly as published (or as read from a models folder). */
export interface BlockVersionFiles {
  id: string
  version: string
  /** sha256 over the canonical form, as the catalogue stores it; computed for folder sources. */
  contentHash: string
  metadata: Baustein
  /** File name → content (UTF-8 text for .json/.bpmn/.dmn). Names as in the models/ folder format. */
  files: Readonly<Record<string, string>>
}

/** A procedure (or single block) with every referenced block resolved to one exact version. */
export interface ResolvedProcedure {
  root: BlockVersionFiles
  /** Every block reachable through call-activity references, once per id, sorted by id. */
  dependencies: readonly BlockVersionFiles[]
}

export type BlueprintPart = 'front-office' | 'back-office'
export type BackOfficeFlavour = 'neutral' | 'camunda8'
export type HandbookLocale = 'de' | 'en'

/** Renders diagrams to SVG as bpmn-js / dmn-js draw them (a real browser does the drawing). */
export interface DiagramRenderer {
  renderBpmn(xml: string): Promise<string>
  /** One SVG per DRD / decision table view, keyed by a stable view id (e.g. the decision id). */
  renderDmn(xml: string): Promise<Readonly<Record<string, string>>>
}

export interface ExportOptions {
  flavour: BackOfficeFlavour
  locale: HandbookLocale
}

/** One file of the bundle; `path` is relative, '/'-separated, without '..' or a leading '/'. */
export interface BundleFile {
  path: string
  content: Uint8Array
}

/** A synchronous part exporter: front office, back office, XProzess. */
export type PartExporter = (procedure: ResolvedProcedure, options: ExportOptions) => BundleFile[]
