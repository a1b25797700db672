import type { LocalizedText } from '@bauplan/domain'
import { compileExpression, FeelSyntaxError, type FeelWarning } from '../feel/compileExpression'
import { compileUnaryTests, type CompiledUnaryTests } from '../feel/compileUnaryTests'
import type { Evaluator } from '../evaluate/evaluationContext'
import { report, reportFeelWarnings } from '../evaluate/evaluationContext'
import type { Location } from '../location'
import { problems } from '../problems'
import { conform } from '../types/conform'
import type { CompileContext } from './compileContext'

/**
 * Compiles one FEEL expression of the model. Text that does not parse is a compile problem; the
 * evaluator then reports the same problem whenever it is evaluated and yields null, so one bad
 * cell does not stop the rest of the model from working.
 */
export function compileFeel(
  text: string,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  try {
    const compiled = compileExpression(text, scopeNames, constantsFor(text, cc))
    for (const name of compiled.names) cc.usedNames.add(name)
    return (scope, context) => {
      const warnings: FeelWarning[] = []
      let value: unknown
      try {
        value = compiled.evaluate(scope, warnings)
      } catch (error) {
        report(context, problems.evaluationFailed(location, error))
        return null
      }
      if (warnings.length > 0) reportFeelWarnings(context, location, warnings)
      return value
    }
  } catch (error) {
    return failed(error, text, location, cc, 'expression')
  }
}

export type CompiledTests = CompiledUnaryTests | undefined

/** Compiles unary tests; undefined (and a problem) when they do not parse. */
export function compileTests(
  text: string,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): CompiledTests {
  try {
    const compiled = compileUnaryTests(text, scopeNames, constantsFor(text, cc))
    for (const name of compiled.names) cc.usedNames.add(name)
    return compiled
  } catch (error) {
    if (!(error instanceof FeelSyntaxError)) throw error
    cc.problems.push(problems.feelSyntax(location, text, error.issue, 'unaryTests'))
    return undefined
  }
}

/** Item definitions as `instance of` targets, for the texts that use `instance of`. */
function constantsFor(text: string, cc: CompileContext): Readonly<Record<string, unknown>> {
  return /\binstance\s+of\b/.test(text) ? cc.types.instanceCheckers() : {}
}

function failed(
  error: unknown,
  text: string,
  location: Location,
  cc: CompileContext,
  what: 'expression' | 'unaryTests'
): Evaluator {
  if (!(error instanceof FeelSyntaxError)) throw error
  const problem = problems.feelSyntax(location, text, error.issue, what)
  cc.problems.push(problem)
  return (_scope, context) => {
    report(context, problem)
    return null
  }
}

/**
 * Wraps an evaluator so its value is checked against a declared type: a value that does not
 * conform becomes null and a problem (DMN 1.3, 10.3.2.9.4).
 */
export function typed(
  evaluator: Evaluator,
  typeRef: string | undefined,
  what: LocalizedText,
  location: Location,
  cc: CompileContext
): Evaluator {
  const check = typeCheck(typeRef, what, location, cc)
  if (!check) return evaluator
  return (scope, context) => check(evaluator(scope, context), context)
}

export type TypeCheck = (value: unknown, context: Parameters<Evaluator>[1]) => unknown

export function typeCheck(
  typeRef: string | undefined,
  what: LocalizedText,
  location: Location,
  cc: CompileContext
): TypeCheck | undefined {
  if (typeRef === undefined) return undefined
  const type = cc.types.resolve(typeRef)
  if (type.kind === 'any') return undefined
  if (type.kind === 'unknown') {
    cc.problems.push(problems.unknownType(location, typeRef))
    return undefined
  }
  return (value, context) => {
    const result = conform(value, type)
    if (result.ok) return result.value
    report(context, problems.typeMismatch(location, what, result.reason))
    return null
  }
}
