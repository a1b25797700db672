import type * as Y from 'yjs'
import {
  attrsOf,
  childrenOf,
  entryParent,
  entryType,
  insertEntry,
  listOf,
  removeFromList,
} from '../document/entry'
import { modelSpace, type ModelSpace } from '../document/modelSpace'
import { OperationError, duplicateId, unknownElement, wrongType } from './operationError'

/**
 * Decision-table edits of dmn-js as one transaction each. Rules are an ordered list of ids in the
 * decision table; every cell is an entry of its own, so two users editing different cells of one
 * rule both keep their change, and two rules added at once both survive (in the same order on every
 * peer). The cells of a new rule get ids derived from the rule and column: `<rule>_<column id>`.
 */
export interface AddRuleInput {
  file: string
  decisionTable: string
  /** Id of the new rule. */
  id: string
  /** Position among the rules; at the end when omitted. */
  index?: number
  /** One text per input column (FEEL unary tests), in column order. */
  inputEntries: string[]
  /** One text per output column (FEEL expressions), in column order. */
  outputEntries: string[]
  description?: string
}

export function cellId(ruleId: string, columnId: string): string {
  return `${ruleId}_${columnId}`
}

export function addRule(doc: Y.Doc, origin: unknown, input: AddRuleInput): void {
  const space = requireDmn(doc, input.file)
  const table = space.elements.get(input.decisionTable)
  if (!table) throw unknownElement(input.decisionTable)
  if (entryType(table) !== 'dmn:DecisionTable') {
    throw wrongType(input.decisionTable, entryType(table), 'dmn:DecisionTable')
  }
  const columns = childrenOf(table)
  const inputs = listOf(columns, 'input')
  const outputs = listOf(columns, 'output')
  if (
    input.inputEntries.length !== inputs.length ||
    input.outputEntries.length !== outputs.length
  ) {
    throw new OperationError('ruleShape', {
      de: `Die Entscheidungstabelle „${input.decisionTable}“ hat ${inputs.length} Eingabe- und ${outputs.length} Ausgabespalten; die neue Regel hat ${input.inputEntries.length} und ${input.outputEntries.length} Einträge.`,
      en: `The decision table "${input.decisionTable}" has ${inputs.length} input and ${outputs.length} output columns; the new rule has ${input.inputEntries.length} and ${input.outputEntries.length} entries.`,
    })
  }
  const cells = [...inputs, ...outputs].map((column) => cellId(input.id, column))
  for (const id of [input.id, ...cells]) {
    if (space.elements.has(id) || space.di.has(id)) throw duplicateId(id)
  }
  const rules = columns.get('rule') as Y.Array<string>
  const index = Math.min(Math.max(input.index ?? rules.length, 0), rules.length)
  doc.transact(() => {
    const rule = insertEntry(space.elements, input.id, 'dmn', 'dmn:DecisionRule', {
      key: input.decisionTable,
      prop: 'rule',
    })
    if (input.description !== undefined) attrsOf(rule).set('description', input.description)
    const add = (
      prop: 'inputEntry' | 'outputEntry',
      type: string,
      column: string,
      text: string
    ) => {
      const id = cellId(input.id, column)
      const cell = insertEntry(space.elements, id, 'dmn', type, { key: input.id, prop })
      attrsOf(cell).set('text', text)
      ;(childrenOf(rule).get(prop) as Y.Array<string>).push([id])
    }
    inputs.forEach((column, i) =>
      add('inputEntry', 'dmn:UnaryTests', column, input.inputEntries[i] ?? '-')
    )
    outputs.forEach((column, i) =>
      add('outputEntry', 'dmn:LiteralExpression', column, input.outputEntries[i] ?? '')
    )
    rules.insert(index, [input.id])
  }, origin)
}

/** Removes a rule with its cells; false when it is already gone. */
export function deleteRule(doc: Y.Doc, origin: unknown, file: string, ruleId: string): boolean {
  const space = requireDmn(doc, file)
  const rule = space.elements.get(ruleId)
  if (!rule) return false
  if (entryType(rule) !== 'dmn:DecisionRule') {
    throw wrongType(ruleId, entryType(rule), 'dmn:DecisionRule')
  }
  doc.transact(() => {
    const parent = entryParent(rule)
    const table = parent && space.elements.get(parent.key)
    if (table) removeFromList(childrenOf(table), 'rule', ruleId)
    for (const prop of ['inputEntry', 'outputEntry']) {
      for (const cell of listOf(childrenOf(rule), prop)) space.elements.delete(cell)
    }
    space.elements.delete(ruleId)
  }, origin)
  return true
}

/** The text of one cell (input entry or output entry). */
export function setCell(
  doc: Y.Doc,
  origin: unknown,
  file: string,
  cell: string,
  text: string
): void {
  const space = requireDmn(doc, file)
  const entry = space.elements.get(cell)
  if (!entry) throw unknownElement(cell)
  const type = entryType(entry)
  if (type !== 'dmn:UnaryTests' && type !== 'dmn:LiteralExpression') {
    throw wrongType(cell, type, 'dmn:UnaryTests / dmn:LiteralExpression')
  }
  doc.transact(() => attrsOf(entry).set('text', text), origin)
}

function requireDmn(doc: Y.Doc, file: string): ModelSpace {
  const space = modelSpace(doc, file)
  if (!space || space.kind !== 'dmn') {
    throw new OperationError('notADmnFile', {
      de: `Der Entwurf hat kein DMN-Modell „${file}“.`,
      en: `The draft has no DMN model "${file}".`,
    })
  }
  return space
}
