import { report, type Evaluator } from '../evaluate/evaluationContext'
import { pathPart, within, type Location } from '../location'
import type { BoxedExpression, ContextInfo, RelationInfo } from '../model'
import { problems } from '../problems'
import type { CompileContext } from './compileContext'
import { compileDecisionTable } from './compileDecisionTable'
import { compileFeel, typed } from './feelCells'
import { compileFunctionDefinition, compileInvocation } from './compileFunctions'
import { compileConditional, compileFilter, compileIterator } from './compileNewerBoxed'

const RESULT = { de: 'Das Ergebnis', en: 'The result' }

/**
 * Compiles a boxed expression into an evaluator. `scopeNames` are the names visible at this point
 * (requirements, context entries before this one, function parameters).
 */
export function compileBoxed(
  expression: BoxedExpression,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  const here: Location =
    expression.id !== undefined ? { ...location, elementId: expression.id } : location
  switch (expression.kind) {
    case 'literal':
      return typed(
        compileFeel(expression.text, scopeNames, here, cc),
        expression.typeRef,
        RESULT,
        here,
        cc
      )
    case 'decisionTable':
      return compileDecisionTable(expression, scopeNames, here, cc)
    case 'context':
      return compileContext(expression, scopeNames, here, cc)
    case 'list': {
      const items = expression.items.map((item, index) =>
        compileBoxed(item, scopeNames, within(here, pathPart.listItem(index + 1)), cc)
      )
      return typed(
        (scope, context) => items.map((item) => item(scope, context)),
        expression.typeRef,
        RESULT,
        here,
        cc
      )
    }
    case 'relation':
      return compileRelation(expression, scopeNames, here, cc)
    case 'invocation':
      return compileInvocation(expression, scopeNames, here, cc, compileBoxed)
    case 'function':
      return compileFunctionDefinition(expression, scopeNames, here, cc, compileBoxed)
    case 'conditional':
      return typed(
        compileConditional(expression, scopeNames, here, cc, compileBoxed),
        expression.typeRef,
        RESULT,
        here,
        cc
      )
    case 'iterator':
      return typed(
        compileIterator(expression, scopeNames, here, cc, compileBoxed),
        expression.typeRef,
        RESULT,
        here,
        cc
      )
    case 'filter':
      return typed(
        compileFilter(expression, scopeNames, here, cc, compileBoxed),
        expression.typeRef,
        RESULT,
        here,
        cc
      )
    case 'unsupported': {
      const problem = problems.unsupported(here, expression.element)
      cc.problems.push(problem)
      return (_scope, context) => {
        report(context, problem)
        return null
      }
    }
  }
}

function compileContext(
  expression: ContextInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  const names = [...scopeNames]
  const entries: Array<{ name?: string; evaluate: Evaluator }> = []
  for (const entry of expression.entries) {
    const entryLocation = within(location, pathPart.contextEntry(entry.name))
    const what = pathPart.contextEntry(entry.name)
    const value = typed(
      compileBoxed(entry.value, names, entryLocation, cc),
      entry.typeRef,
      what,
      entryLocation,
      cc
    )
    entries.push(
      entry.name === undefined ? { evaluate: value } : { name: entry.name, evaluate: value }
    )
    if (entry.name !== undefined) names.push(entry.name)
  }
  const evaluator: Evaluator = (scope, context) => {
    // Entries see the ones before them. Functions defined in an entry keep this object, so they
    // also see entries added later (and themselves, for recursion).
    const local: Record<string, unknown> = { ...scope }
    const result: Record<string, unknown> = {}
    for (const entry of entries) {
      const value = entry.evaluate(local, context)
      if (entry.name === undefined) return value
      local[entry.name] = value
      result[entry.name] = value
    }
    return result
  }
  return typed(evaluator, expression.typeRef, RESULT, location, cc)
}

function compileRelation(
  expression: RelationInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  const rows = expression.rows.map((row, rowIndex) =>
    expression.columns.map((column, columnIndex) => {
      const cell = row[columnIndex]
      const cellLocation = within(location, pathPart.relationCell(rowIndex + 1, column.name))
      const evaluate: Evaluator = cell
        ? compileBoxed(cell, scopeNames, cellLocation, cc)
        : () => null
      return {
        name: column.name,
        evaluate: typed(
          evaluate,
          column.typeRef,
          pathPart.relationCell(rowIndex + 1, column.name),
          cellLocation,
          cc
        ),
      }
    })
  )
  return typed(
    (scope, context) =>
      rows.map((cells) => {
        const row: Record<string, unknown> = {}
        for (const cell of cells) row[cell.name] = cell.evaluate(scope, context)
        return row
      }),
    expression.typeRef,
    RESULT,
    location,
    cc
  )
}
