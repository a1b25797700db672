import type { LocalizedText } from '@bauplan/domain'
import type { Evaluator } from '../evaluate/evaluationContext'
import { within, type Location } from '../location'
import type { BoxedExpression, ConditionalInfo, FilterInfo, IteratorInfo } from '../model'
import { isContext } from '../types/conform'
import type { CompileContext } from './compileContext'

/** compileBoxed, passed in so the two files do not import each other. */
type CompileBoxed = (
  expression: BoxedExpression,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
) => Evaluator

/**
 * DMN 1.4/1.5 boxed conditional, iterators and filter. As in FEEL, a condition or test that is
 * not a boolean, and an iteration over something that is not a list, give null.
 */
export function compileConditional(
  expression: ConditionalInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext,
  compileBoxed: CompileBoxed
): Evaluator {
  const condition = compileBoxed(expression.condition, scopeNames, within(location, part('if')), cc)
  const then = compileBoxed(expression.then, scopeNames, within(location, part('then')), cc)
  const otherwise = compileBoxed(expression.else, scopeNames, within(location, part('else')), cc)
  return (scope, context) => {
    const value = condition(scope, context)
    if (value === true) return then(scope, context)
    if (value === false) return otherwise(scope, context)
    return null
  }
}

export function compileIterator(
  expression: IteratorInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext,
  compileBoxed: CompileBoxed
): Evaluator {
  const source = compileBoxed(expression.in, scopeNames, within(location, part('in')), cc)
  const bodyPart = part(expression.iterator === 'for' ? 'return' : 'satisfies')
  const body = compileBoxed(
    expression.body,
    [...scopeNames, expression.variable],
    within(location, bodyPart),
    cc
  )
  return (scope, context) => {
    const items = source(scope, context)
    if (!Array.isArray(items)) return null
    const results = items.map((item) => body({ ...scope, [expression.variable]: item }, context))
    if (expression.iterator === 'for') return results
    if (!results.every((result) => typeof result === 'boolean')) return null
    return expression.iterator === 'every' ? results.every(Boolean) : results.some(Boolean)
  }
}

export function compileFilter(
  expression: FilterInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext,
  compileBoxed: CompileBoxed
): Evaluator {
  const source = compileBoxed(expression.in, scopeNames, within(location, part('in')), cc)
  const match = compileBoxed(
    expression.match,
    [...scopeNames, 'item'],
    within(location, part('match')),
    cc
  )
  return (scope, context) => {
    const items = source(scope, context)
    if (!Array.isArray(items)) return null
    // Like a FEEL filter: `item` is the element, and a context element's entries are names too.
    return items.filter(
      (item) => match({ ...scope, item, ...(isContext(item) ? item : {}) }, context) === true
    )
  }
}

function part(name: string): LocalizedText {
  return { de: `Teil <${name}>`, en: `part <${name}>` }
}
