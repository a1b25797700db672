import type { ModdleElement } from '@bauplan/domain'
import type {
  Canvas,
  CommandStack,
  DiagramElement,
  ElementRegistry,
  EventBus,
  Selection,
} from '../diagramTypes'

/*
 * The few dmn-js/table-js shapes the DMN binding touches, typed structurally: dmn-js ships no
 * type declarations, and these are stable services of dmn-js 17 (table-js 9 underneath).
 */

/** A table-js element: the root (a decision table), a row (a rule), a col (a clause), a cell. */
export interface TableElement {
  id: string
  businessObject: ModdleElement
}

export interface TableRoot extends TableElement {
  rows: TableRow[]
  cols: TableCol[]
}

export interface TableRow extends TableElement {
  cells: TableCell[]
}

export interface TableCol extends TableElement {
  cells: TableCell[]
}

export type TableCell = TableElement

/** table-js's Sheet: rows and cols of the decision table on screen. */
export interface Sheet {
  getRoot(): TableRoot
  addRow(row: TableRow, index?: number): TableRow
  removeRow(row: TableRow): void
  addCol(col: TableCol, index?: number): TableCol
  removeCol(col: TableCol): void
}

export interface TableElementFactory {
  createRow(attrs: { id: string; businessObject: ModdleElement; cells: TableCell[] }): TableRow
  createCol(attrs: { id: string; businessObject: ModdleElement }): TableCol
  createCell(attrs: { id: string; businessObject: ModdleElement }): TableCell
}

export interface TableElementRegistry {
  get(id: string): TableElement | undefined
  updateId(element: TableElement, newId: string): void
}

/**
 * dmn-js-drd's importer (`drdImporter`): draws one DRG element, artifact or requirement from its
 * business object and the DI bound to it as `di`, the way the import does; an edge whose ends are
 * not drawn is skipped (undefined).
 */
export interface DrdImporter {
  add(semantic: ModdleElement): DiagramElement | undefined
}

/** The DRD's own view of the definitions' name and id (dmn-js-drd's definition properties). */
export interface DefinitionPropertiesView {
  update(): void
}

/** One of dmn-js's viewers (DRD, decision table, literal expression, boxed expression). */
export interface DmnViewerLike {
  get(name: string, strict?: boolean): unknown
}

/**
 * The literal expression viewer (`getDecision`, dmn-js-literal-expression) or the boxed expression
 * viewer (`getRootElement`, dmn-js-boxed-expression): the element each renders.
 */
export interface ExpressionViewerLike extends DmnViewerLike {
  getDecision?(): ModdleElement | undefined
  getRootElement?(): ModdleElement | undefined
}

export interface DmnView {
  id: string
  type: string
  element: ModdleElement
}

/**
 * What the binding needs of a dmn-js Modeler (`dmn-js/lib/Modeler`). `_updateViews` is internal to
 * dmn-js (dmn-js-shared's Manager) but the only way to have the list of views follow decisions
 * that others added, removed or renamed without importing; dmn-js itself calls it after changes.
 * `_activeView` is the Manager's active view: its `_switchView` detaches the active view's viewer
 * and attaches the new one's only when they differ (`reopenKeepingView` sets it back to the view
 * on screen when `_updateViews` made a view of another type active).
 */
export interface DmnModelerLike {
  getDefinitions(): ModdleElement | undefined
  getActiveView(): DmnView | undefined
  getActiveViewer(): DmnViewerLike | undefined
  getViews(): DmnView[]
  open(view: DmnView): Promise<unknown>
  on(event: string, callback: (event: { viewer?: DmnViewerLike }) => void): void
  off(event: string, callback: (event: { viewer?: DmnViewerLike }) => void): void
  _updateViews?(): void
  _activeView?: DmnView
}

export type { Canvas, CommandStack, DiagramElement, ElementRegistry, EventBus, Selection }
