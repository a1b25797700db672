import type { Problem } from '../problem'
import type { CheckContext } from './checkContext'
import type { DmnDecisionTable, DmnDrgElement } from './model'
import { describeElement } from './walkModel'

export const HIT_POLICIES: readonly string[] = [
  'UNIQUE',
  'FIRST',
  'PRIORITY',
  'ANY',
  'COLLECT',
  'RULE ORDER',
  'OUTPUT ORDER',
]
export const AGGREGATIONS: readonly string[] = ['SUM', 'COUNT', 'MIN', 'MAX']

/**
 * The structural rules of a decision table that an engine relies on before it evaluates a single
 * cell: a known hit policy, aggregation only for COLLECT, one cell per column in every rule, named
 * and distinct outputs when there are several (their names become the keys of the result), and an
 * input expression for every input column.
 */
export function checkDecisionTable(
  table: DmnDecisionTable,
  owner: DmnDrgElement | undefined,
  context: CheckContext
): Problem[] {
  const problems: Problem[] = []
  const where = describeElement(owner ?? table)
  const anchor = table.id !== undefined ? table : owner
  const hitPolicy = table.hitPolicy ?? 'UNIQUE'
  if (!HIT_POLICIES.includes(hitPolicy)) {
    problems.push(
      context.problem(
        'dmn.invalidHitPolicy',
        'error',
        anchor,
        `Die Entscheidungstabelle von ${where.de} hat die unbekannte Trefferrichtlinie „${hitPolicy}“; erlaubt sind ${HIT_POLICIES.join(', ')}.`,
        `The decision table of ${where.en} has the unknown hit policy "${hitPolicy}"; allowed are ${HIT_POLICIES.join(', ')}.`
      )
    )
  }
  const inputs = table.input ?? []
  const outputs = table.output ?? []
  if (table.aggregation !== undefined) {
    if (!AGGREGATIONS.includes(table.aggregation)) {
      problems.push(
        context.problem(
          'dmn.invalidAggregation',
          'error',
          anchor,
          `Die Entscheidungstabelle von ${where.de} hat die unbekannte Aggregation „${table.aggregation}“; erlaubt sind ${AGGREGATIONS.join(', ')}.`,
          `The decision table of ${where.en} has the unknown aggregation "${table.aggregation}"; allowed are ${AGGREGATIONS.join(', ')}.`
        )
      )
    }
    if (hitPolicy !== 'COLLECT') {
      problems.push(
        context.problem(
          'dmn.aggregationWithoutCollect',
          'error',
          anchor,
          `Die Entscheidungstabelle von ${where.de} aggregiert (${table.aggregation}), hat aber die Trefferrichtlinie ${hitPolicy}; eine Aggregation ist nur mit COLLECT erlaubt.`,
          `The decision table of ${where.en} aggregates (${table.aggregation}) but has the hit policy ${hitPolicy}; aggregation is only allowed with COLLECT.`
        )
      )
    } else if (outputs.length > 1) {
      problems.push(
        context.problem(
          'dmn.aggregationMultipleOutputs',
          'error',
          anchor,
          `Die Entscheidungstabelle von ${where.de} aggregiert (${table.aggregation}) über ${outputs.length} Ausgabespalten; eine Aggregation ist nur mit genau einer Ausgabe möglich.`,
          `The decision table of ${where.en} aggregates (${table.aggregation}) over ${outputs.length} output columns; aggregation needs exactly one output.`
        )
      )
    }
  }
  problems.push(...checkColumns(table, where, anchor, context))
  problems.push(...checkRules(table, inputs.length, outputs.length, where, anchor, context))
  return problems
}

function checkColumns(
  table: DmnDecisionTable,
  where: { de: string; en: string },
  anchor: DmnDecisionTable | DmnDrgElement | undefined,
  context: CheckContext
): Problem[] {
  const problems: Problem[] = []
  const outputs = table.output ?? []
  if (outputs.length === 0) {
    problems.push(
      context.problem(
        'dmn.noOutput',
        'error',
        anchor,
        `Die Entscheidungstabelle von ${where.de} hat keine Ausgabespalte; ohne Ausgabe liefert sie kein Ergebnis.`,
        `The decision table of ${where.en} has no output column; without an output it yields no result.`
      )
    )
  }
  if (outputs.length > 1) {
    const seen = new Set<string>()
    outputs.forEach((output, index) => {
      const name = output.name?.trim() ?? ''
      const column = { de: `Ausgabespalte ${index + 1}`, en: `output column ${index + 1}` }
      if (name === '') {
        problems.push(
          context.problem(
            'dmn.outputNameMissing',
            'error',
            output.id !== undefined ? output : anchor,
            `Die ${column.de} der Entscheidungstabelle von ${where.de} hat keinen Namen; bei mehreren Ausgaben ist der Name der Schlüssel im Ergebnis.`,
            `The ${column.en} of the decision table of ${where.en} has no name; with several outputs the name is the key in the result.`
          )
        )
      } else if (seen.has(name)) {
        problems.push(
          context.problem(
            'dmn.outputNameDuplicate',
            'error',
            output.id !== undefined ? output : anchor,
            `Die ${column.de} der Entscheidungstabelle von ${where.de} heißt wie eine andere Ausgabe („${name}“); die Ergebnisse würden sich überschreiben.`,
            `The ${column.en} of the decision table of ${where.en} has the same name as another output ("${name}"); the results would overwrite each other.`
          )
        )
      }
      seen.add(name)
    })
  }
  ;(table.input ?? []).forEach((input, index) => {
    const label = input.label?.trim() ? ` „${input.label.trim()}“` : ''
    const labelEn = input.label?.trim() ? ` "${input.label.trim()}"` : ''
    const text = input.inputExpression?.text?.trim() ?? ''
    if (input.inputExpression === undefined || text === '') {
      problems.push(
        context.problem(
          input.inputExpression === undefined
            ? 'dmn.inputExpressionMissing'
            : 'dmn.inputExpressionEmpty',
          'error',
          input.id !== undefined ? input : anchor,
          `Die Eingabespalte ${index + 1}${label} der Entscheidungstabelle von ${where.de} hat keinen Eingabeausdruck; ohne ihn weiß die Tabelle nicht, welchen Wert sie prüfen soll.`,
          `Input column ${index + 1}${labelEn} of the decision table of ${where.en} has no input expression; without it the table does not know which value to test.`
        )
      )
    }
  })
  return problems
}

function checkRules(
  table: DmnDecisionTable,
  inputCount: number,
  outputCount: number,
  where: { de: string; en: string },
  anchor: DmnDecisionTable | DmnDrgElement | undefined,
  context: CheckContext
): Problem[] {
  const rules = table.rule ?? []
  if (rules.length === 0) {
    return [
      context.problem(
        'dmn.noRules',
        'warning',
        anchor,
        `Die Entscheidungstabelle von ${where.de} hat keine Regeln; sie liefert immer ein leeres Ergebnis.`,
        `The decision table of ${where.en} has no rules; it always yields an empty result.`
      ),
    ]
  }
  const problems: Problem[] = []
  rules.forEach((rule, index) => {
    const ruleName = `${index + 1}${rule.id !== undefined ? ` (${rule.id})` : ''}`
    const inputCells = rule.inputEntry?.length ?? 0
    const outputCells = rule.outputEntry?.length ?? 0
    const target = rule.id !== undefined ? rule : anchor
    if (inputCells !== inputCount) {
      problems.push(
        context.problem(
          'dmn.ruleArity',
          'error',
          target,
          `Regel ${ruleName} der Entscheidungstabelle von ${where.de} hat ${inputCells} Eingabezellen, die Tabelle aber ${inputCount} Eingabespalten.`,
          `Rule ${ruleName} of the decision table of ${where.en} has ${inputCells} input cells, but the table has ${inputCount} input columns.`
        )
      )
    }
    if (outputCells !== outputCount) {
      problems.push(
        context.problem(
          'dmn.ruleArity',
          'error',
          target,
          `Regel ${ruleName} der Entscheidungstabelle von ${where.de} hat ${outputCells} Ausgabezellen, die Tabelle aber ${outputCount} Ausgabespalten.`,
          `Rule ${ruleName} of the decision table of ${where.en} has ${outputCells} output cells, but the table has ${outputCount} output columns.`
        )
      )
    }
  })
  return problems
}
