import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../../document/embedded'
import { cellId } from '../../operations/dmnRules'
import { indexById, type ModelerModdle } from '../mergeDefinitions'

/**
 * Makes every rule of every decision table have exactly one entry per column, the way every peer
 * does it for the same merged state. A rule added concurrently with a column lacks that column's
 * cell; a rule added concurrently with a column's removal still has the removed column's cell —
 * neither fits a table (table-js refuses the row). Per rule and kind (inputs, outputs):
 *
 * 1. an entry named `<rule>_<column>` belongs to that column (it was made for it);
 * 2. the other entries fill the remaining columns in order;
 * 3. a column left without an entry gets a new one, `<rule>_<column>`, empty (`-` for an input: any
 *    value matches, so the rule decides as before);
 * 4. entries left over (their column is gone) are dropped.
 *
 * Changes dmn-js's tree in place and returns the rules it changed; the binding then writes them.
 */
export function fitRulesToColumns(definitions: ModdleElement, moddle: ModelerModdle): string[] {
  const changed: string[] = []
  for (const table of indexById(definitions).values()) {
    if (table.$type !== 'dmn:DecisionTable') continue
    for (const rule of listOf(table.rule)) {
      const ruleId = String(rule.id)
      const inputs = fit(rule, 'inputEntry', listOf(table.input), 'dmn:UnaryTests', '-', moddle)
      const outputs = fit(
        rule,
        'outputEntry',
        listOf(table.output),
        'dmn:LiteralExpression',
        '',
        moddle
      )
      if (inputs || outputs) changed.push(ruleId)
    }
  }
  return changed
}

function fit(
  rule: ModdleElement,
  property: 'inputEntry' | 'outputEntry',
  columns: ModdleElement[],
  type: string,
  emptyText: string,
  moddle: ModelerModdle
): boolean {
  const entries = listOf(rule[property])
  const ruleId = String(rule.id)
  if (entries.length === columns.length) return false
  const owned = new Map<string, ModdleElement>()
  const unowned: ModdleElement[] = []
  const columnIds = new Set(columns.map((column) => String(column.id)))
  for (const entry of entries) {
    const owner = [...columnIds].find((id) => entry.id === cellId(ruleId, id))
    if (owner !== undefined && !owned.has(owner)) owned.set(owner, entry)
    else if (!isOwnedByGoneColumn(entry, ruleId)) unowned.push(entry)
  }
  const fitted = columns.map((column) => {
    const id = String(column.id)
    const entry = owned.get(id) ?? unowned.shift()
    if (entry) return entry
    const created = moddle.create(type, { id: cellId(ruleId, id), text: emptyText })
    moddle.ids?.claim(cellId(ruleId, id), created)
    return created
  })
  for (const entry of fitted) entry.$parent = rule
  rule[property] = fitted
  return true
}

/** An entry named after this rule and some column id is one made for a column (maybe gone). */
function isOwnedByGoneColumn(entry: ModdleElement, ruleId: string): boolean {
  return typeof entry.id === 'string' && entry.id.startsWith(`${ruleId}_`)
}

function listOf(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? value.filter(isElement) : []
}
