import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../../document/embedded'
import type { MergeResult } from '../mergeDefinitions'
import type {
  EventBus,
  Sheet,
  TableCell,
  TableCol,
  TableElement,
  TableElementFactory,
  TableRow,
} from './dmnTypes'

/** The services of dmn-js's decision-table viewer the incremental update uses. */
export interface TableServices {
  sheet: Sheet
  elementFactory: TableElementFactory
  eventBus: EventBus
}

/**
 * Brings the decision table on screen (table-js's sheet) in line with its business objects after
 * a remote change was merged into them (`mergeDefinitions`), without importing:
 *
 * - rows whose rule is gone (or was replaced) are removed, cols whose clause is gone likewise;
 * - new clauses become cols at their index (with cells from each rule's entries), new rules rows;
 * - a row whose cells no longer are its rule's entries (a column added or removed) is rebuilt,
 *   a row or col out of order is moved (removed and added again);
 * - then `elements.changed` is fired for the root and every row, col and cell whose business
 *   object (or something embedded in it) changed, so dmn-js re-renders just these — untouched
 *   rows keep their DOM, the focused cell its caret.
 *
 * Returns false when the sheet does not show `table` (another decision is open): nothing to do.
 * Throws when the merged model does not fit a table (a rule with more or fewer entries than the
 * table has columns); the caller then re-opens the view.
 */
export function syncDecisionTable(services: TableServices, merge: MergeResult): boolean {
  const { sheet, eventBus } = services
  const root = sheet.getRoot()
  const table = root.businessObject
  if (merge.index.get(String(table.id)) !== table) return false
  const touched = new Set<TableElement>([root])
  const columns = [...listOf(table.input), ...listOf(table.output)]
  const rules = listOf(table.rule)
  for (const rule of rules) {
    const entries = entriesOf(rule)
    if (entries.length !== columns.length) throw new MismatchedRuleError(rule, entries, columns)
  }

  // Removals first, so the indices of what stays are the wanted ones.
  const wantedRules = new Set(rules)
  for (const row of [...root.rows]) {
    if (!wantedRules.has(row.businessObject)) sheet.removeRow(row)
  }
  const wantedColumns = new Set(columns)
  for (const col of [...root.cols]) {
    if (!wantedColumns.has(col.businessObject)) sheet.removeCol(col)
  }
  columns.forEach((column, index) => {
    const current = root.cols[index]
    if (current?.businessObject === column) return
    const existing = root.cols.find((col) => col.businessObject === column)
    if (existing) sheet.removeCol(existing)
    sheet.addCol(makeCol(services, column, index, root.rows), index)
  })
  rules.forEach((rule, index) => {
    const entries = entriesOf(rule)
    const existing = root.rows.find((row) => row.businessObject === rule)
    if (
      existing &&
      root.rows[index] === existing &&
      existing.cells.every((cell, i) => cell.businessObject === entries[i])
    ) {
      return
    }
    if (existing) sheet.removeRow(existing)
    const row = makeRow(services, rule, entries)
    sheet.addRow(row, index)
    touched.add(row)
  })

  // Re-render what changed in place: its business object, or something embedded in it.
  const byBusinessObject = new Map<ModdleElement, TableElement>()
  for (const row of root.rows) {
    byBusinessObject.set(row.businessObject, row)
    for (const cell of row.cells) byBusinessObject.set(cell.businessObject, cell)
  }
  for (const col of root.cols) byBusinessObject.set(col.businessObject, col)
  for (const id of [...merge.changed, ...merge.added]) {
    const element = shownElement(merge.index.get(id), byBusinessObject)
    if (element) touched.add(element)
  }
  eventBus.fire('elements.changed', { elements: [...touched] })
  return true
}

/** The rule's input entries, then its output entries: the cells of its row, in column order. */
function entriesOf(rule: ModdleElement): ModdleElement[] {
  return [...listOf(rule.inputEntry), ...listOf(rule.outputEntry)]
}

function makeRow(services: TableServices, rule: ModdleElement, entries: ModdleElement[]): TableRow {
  const cells = entries.map((entry) => makeCell(services, entry))
  return services.elementFactory.createRow({ id: String(rule.id), businessObject: rule, cells })
}

function makeCol(
  services: TableServices,
  column: ModdleElement,
  index: number,
  rows: TableRow[]
): TableCol {
  const col = services.elementFactory.createCol({ id: String(column.id), businessObject: column })
  // The sheet adds one cell per row; the merged rules already hold their entry for this column.
  for (const row of rows) {
    const entry = entriesOf(row.businessObject)[index]
    if (!entry) throw new MismatchedRuleError(row.businessObject, entriesOf(row.businessObject), [])
    col.cells.push(makeCell(services, entry))
  }
  return col
}

function makeCell(services: TableServices, entry: ModdleElement): TableCell {
  return services.elementFactory.createCell({ id: String(entry.id), businessObject: entry })
}

/** The nearest element on screen for a business object: itself, or the one it is embedded in. */
function shownElement(
  element: ModdleElement | undefined,
  shown: Map<ModdleElement, TableElement>
): TableElement | undefined {
  let current: unknown = element
  while (isElement(current)) {
    const found = shown.get(current)
    if (found) return found
    current = current.$parent
  }
  return undefined
}

function listOf(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? value.filter(isElement) : []
}

/** A rule whose entries do not match the table's columns; the view is re-opened instead. */
export class MismatchedRuleError extends Error {
  constructor(rule: ModdleElement, entries: ModdleElement[], columns: ModdleElement[]) {
    super(
      `The rule ${String(rule.id)} has ${entries.length} entries for ${columns.length} columns.`
    )
    this.name = 'MismatchedRuleError'
  }
}
