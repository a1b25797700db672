import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../../document/embedded'
import { cellId } from '../../operations/dmnRules'
import { indexById, type ModelerModdle } from '../mergeDefinitions'

/** A cell whose id was changed: its business object now carries `to`. */
export interface RenamedCell {
  cell: ModdleElement
  from: string
  to: string
}

/**
 * Gives the cells dmn-js created during a local command the id every client derives from their
 * rule and column, `<rule>_<column>` (`cellId`), before the command is written to the document.
 * dmn-js names a new cell `UnaryTests_<random>`/`LiteralExpression_<random>`; with the derived id,
 * two clients that fill in the same missing cell (a rule and a column added concurrently) write the
 * same entry instead of two. Cells already in the document (`known`) keep their id — renaming them
 * would be a delete and a create for everyone — and so does a cell whose derived id is taken.
 */
export function normalizeCellIds(
  definitions: ModdleElement,
  known: (id: string) => boolean,
  moddle: ModelerModdle & { ids?: { assigned?(id: string): unknown } }
): RenamedCell[] {
  const renamed: RenamedCell[] = []
  for (const table of indexById(definitions).values()) {
    if (table.$type !== 'dmn:DecisionTable') continue
    const inputs = listOf(table.input)
    const outputs = listOf(table.output)
    for (const rule of listOf(table.rule)) {
      const ruleId = rule.id
      if (typeof ruleId !== 'string') continue
      const pairs: [ModdleElement, ModdleElement | undefined][] = [
        ...listOf(rule.inputEntry).map(
          (cell, i) => [cell, inputs[i]] as [typeof cell, ModdleElement]
        ),
        ...listOf(rule.outputEntry).map(
          (cell, i) => [cell, outputs[i]] as [typeof cell, ModdleElement]
        ),
      ]
      for (const [cell, column] of pairs) {
        const from = cell.id
        if (typeof from !== 'string' || known(from)) continue
        if (!column || typeof column.id !== 'string') continue
        const to = cellId(ruleId, column.id)
        if (to === from || known(to) || isTaken(moddle, to, cell)) continue
        moddle.ids?.unclaim(from)
        cell.id = to
        moddle.ids?.claim(to, cell)
        renamed.push({ cell, from, to })
      }
    }
  }
  return renamed
}

function listOf(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? value.filter(isElement) : []
}

/** Whether dmn-js's id registry has given `id` to another object. */
function isTaken(
  moddle: { ids?: { assigned?(id: string): unknown } },
  id: string,
  cell: ModdleElement
): boolean {
  const holder = moddle.ids?.assigned?.(id)
  return holder !== undefined && holder !== false && holder !== cell
}
