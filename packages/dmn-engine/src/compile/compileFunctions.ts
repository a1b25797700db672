import { FeelFunction } from 'feelin'
import type { Scope } from '../feel/compileExpression'
import { MAX_CALL_DEPTH, report, type Evaluator } from '../evaluate/evaluationContext'
import { pathPart, within, type Location } from '../location'
import type { BoxedExpression, FunctionDefinitionInfo, InvocationInfo } from '../model'
import { problems } from '../problems'
import type { CompileContext } from './compileContext'
import { compileFeel, typeCheck, typed } from './feelCells'

const RESULT = { de: 'Das Ergebnis', en: 'The result' }

/** compileBoxed, passed in so the two files do not import each other. */
type CompileBoxed = (
  expression: BoxedExpression,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
) => Evaluator

/**
 * An invocation boxed expression: binds arguments to the invoked function's parameters by name
 * (parameters without a binding are null) and calls it.
 */
export function compileInvocation(
  expression: InvocationInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext,
  compileBoxed: CompileBoxed
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
  cc: CompileContext,
  compileBoxed: CompileBoxed
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
