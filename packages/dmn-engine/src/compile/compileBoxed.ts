import { FeelFunction } from 'feelin'
import type { Scope } from '../feel/compileExpression'
import { MAX_CALL_DEPTH, report, type Evaluator } from '../evaluate/evaluationContext'
import { pathPart, within, type Location } from '../location'
import type {
  BoxedExpression,
  ContextInfo,
  FunctionDefinitionInfo,
  InvocationInfo,
  RelationInfo,
} from '../model'
import { problems } from '../problems'
import type { CompileContext } from './compileContext'
import { compileDecisionTable } from './compileDecisionTable'
import { compileFeel, typeCheck, typed } from './feelCells'
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
      return compileInvocation(expression, scopeNames, here, cc)
    case 'function':
      return compileFunctionDefinition(expression, scopeNames, here, cc)
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

function compileInvocation(
  expression: InvocationInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  const callee = compileFeel(
    expression.callee,
    scopeNames,
    within(location, pathPart.invocationTarget()),
    cc
  )
  const bindings = expression.bindings.map((binding) => {
    const bindingLocation = within(location, pathPart.binding(binding.name))
    const value: Evaluator = binding.value
      ? compileBoxed(binding.value, scopeNames, bindingLocation, cc)
      : () => null
    return {
      name: binding.name,
      evaluate: typed(value, binding.typeRef, pathPart.binding(binding.name), bindingLocation, cc),
    }
  })
  const evaluator: Evaluator = (scope, context) => {
    const fn = callee(scope, context)
    if (!(fn instanceof FeelFunction)) {
      report(context, problems.notAFunction(location, expression.callee, fn))
      return null
    }
    const args: unknown[] = fn.parameterNames.map(() => null)
    for (const binding of bindings) {
      const position = fn.parameterNames.indexOf(binding.name)
      if (position === -1) {
        report(context, problems.unknownParameter(location, binding.name, fn.parameterNames))
        return null
      }
      args[position] = binding.evaluate(scope, context)
    }
    return invoke(fn, args, location, context)
  }
  return typed(evaluator, expression.typeRef, RESULT, location, cc)
}

/** Calls a FEEL function value; feelin's failure signals and exceptions become problems. */
export function invoke(
  fn: FeelFunction,
  args: unknown[],
  location: Location,
  context: Parameters<Evaluator>[1]
): unknown {
  try {
    const value: unknown = fn.fn(...args)
    if (
      value !== null &&
      typeof value === 'object' &&
      value.constructor?.name === 'InvocationFailure'
    ) {
      report(
        context,
        problems.evaluationFailed(location, `cannot invoke with ${args.length} arguments`)
      )
      return null
    }
    return value === undefined ? null : value
  } catch (error) {
    report(context, problems.evaluationFailed(location, error))
    return null
  }
}

/**
 * A boxed function definition evaluates to a FEEL function value: FEEL code and invocations call
 * it with positional or named arguments (feelin binds both). Each call evaluates the body in the
 * definition's scope plus the parameters, checked against their types.
 */
export function compileFunctionDefinition(
  expression: FunctionDefinitionInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  if (expression.functionKind !== 'FEEL') {
    const problem = problems.unsupported(location, `${expression.functionKind} function`)
    cc.problems.push(problem)
    return (_scope, context) => {
      report(context, problem)
      return null
    }
  }
  const parameterNames = expression.parameters.map((parameter) => parameter.name)
  const checks = expression.parameters.map((parameter) =>
    typeCheck(parameter.typeRef, pathPart.binding(parameter.name), location, cc)
  )
  const bodyLocation = within(location, pathPart.functionBody())
  const body: Evaluator = expression.body
    ? compileBoxed(expression.body, [...scopeNames, ...parameterNames], bodyLocation, cc)
    : () => null
  return (scope: Scope, context) =>
    new FeelFunction((...args: unknown[]) => {
      if (context.depth >= MAX_CALL_DEPTH) {
        report(
          context,
          problems.evaluationFailed(location, `more than ${MAX_CALL_DEPTH} nested calls`)
        )
        return null
      }
      const local: Record<string, unknown> = { ...scope }
      parameterNames.forEach((name, index) => {
        const check = checks[index]
        const value = args[index] ?? null
        local[name] = check ? check(value, context) : value
      })
      context.depth++
      try {
        return body(local, context)
      } finally {
        context.depth--
      }
    }, parameterNames)
}
