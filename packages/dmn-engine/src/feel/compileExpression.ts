import { evaluate, FeelFunction, SyntaxError as FeelinSyntaxError, type Warning } from 'feelin'
import { overridesUsedBy } from './builtinOverrides'
import { candidateNames } from './candidateNames'
import { firstSyntaxIssue, parseFeelExpression, type FeelSyntaxIssue } from './feelSyntax'
import { literalValue } from './literalValue'

/** The names visible to an expression and their values: a FEEL context. */
export type Scope = Readonly<Record<string, unknown>>

/** A feelin warning (e.g. a variable that does not exist), kept with the expression it came from. */
export interface FeelWarning {
  type: string
  message: string
  expression: string
}

export interface CompiledExpression {
  readonly text: string
  /** Names the expression reads; values for them are taken from the scope on every evaluation. */
  readonly names: readonly string[]
  evaluate(scope: Scope, warnings?: FeelWarning[]): unknown
}

export class FeelSyntaxError extends Error {
  constructor(
    readonly text: string,
    readonly issue: FeelSyntaxIssue
  ) {
    super(`FEEL does not parse at offset ${issue.offset}: ${text}`)
  }
}

/**
 * Compiles a FEEL expression once so it can be evaluated many times.
 *
 * feelin parses on every `evaluate` call. Wrapping the text in a FEEL function whose parameters are
 * the names it reads, and evaluating that wrapper once, yields a function value that holds
 * feelin's built execution tree: calling it runs the tree without parsing again. The text is
 * parsed exactly once (feelin's parser costs about a millisecond per expression).
 *
 * The wrapper's defining context holds the built-in overrides the text mentions and `constants`
 * (e.g. the model's item definitions for `instance of`); feelin copies it on every call, so it is
 * kept to what the text needs.
 */
export function compileExpression(
  text: string,
  scopeNames: Iterable<string>,
  constants: Readonly<Record<string, unknown>> = {}
): CompiledExpression {
  const trimmed = text.trim()
  const known = [...scopeNames]
  if (known.includes(trimmed)) return nameLookup(text, trimmed)
  const literal = literalValue(trimmed)
  if (literal !== undefined) return constant(text, literal.value)

  const definitions = { ...overridesUsedBy(text), ...constants }
  // A parameter would shadow a definition of the same name (with no value).
  const candidates = candidateNames(text, known).filter(
    (name) => known.includes(name) || !(name in definitions)
  )
  let compiled = wrap(text, candidates, definitions)
  if (compiled === 'parametersRejected') {
    // An identifier feelin will not take as a parameter: keep only the model's names.
    compiled = wrap(
      text,
      candidates.filter((name) => known.includes(name)),
      definitions
    )
  }
  if (compiled !== 'parametersRejected') return compiled
  const issue = firstSyntaxIssue(parseFeelExpression(text, known), text)
  if (issue) throw new FeelSyntaxError(text, issue)
  return reparsing(text, candidates)
}

/**
 * Wraps the text in `function(<names>) <text>` and evaluates that once. Throws FeelSyntaxError
 * when the text itself does not parse.
 */
function wrap(
  text: string,
  names: readonly string[],
  definitions: Readonly<Record<string, unknown>>
): CompiledExpression | 'parametersRejected' {
  const prefix = `function(${names.join(', ')}) `
  let wrapper: { value: unknown; warnings: Warning[] }
  try {
    wrapper = evaluate(prefix + text, definitions, undefined)
  } catch (error) {
    if (!(error instanceof FeelinSyntaxError)) return failing(text, names, error)
    const from = error.position.from - prefix.length
    if (from < 0) return 'parametersRejected'
    const near = text.slice(from, Math.max(error.position.to - prefix.length, from + 1)).trim()
    throw new FeelSyntaxError(text, { offset: from, near: from >= text.length ? '' : near })
  }
  if (!(wrapper.value instanceof FeelFunction)) return 'parametersRejected'
  const fn = wrapper.value.fn
  // feelin hands out the warning list it keeps filling while the function runs: drain it per call.
  const pending = wrapper.warnings
  return {
    text,
    names,
    evaluate(scope, warnings) {
      const args = names.map((name) => scope[name])
      pending.length = 0
      const value: unknown = fn(...args)
      if (pending.length > 0) {
        if (warnings) for (const w of pending) warnings.push(toFeelWarning(w, text))
        pending.length = 0
      }
      return value === undefined ? null : value
    },
  }
}

function nameLookup(text: string, name: string): CompiledExpression {
  return {
    text,
    names: [name],
    evaluate(scope, warnings) {
      const value = scope[name]
      if (value === undefined) {
        warnings?.push({
          type: 'NO_VARIABLE_FOUND',
          message: `Variable '${name}' not found`,
          expression: text,
        })
        return null
      }
      return value
    },
  }
}

/**
 * feelin folds constant parts while it builds the function (e.g. `date("-2017-01-01")`) and may
 * throw there; that is an evaluation failure of this expression, raised when it is evaluated.
 */
function failing(text: string, names: readonly string[], error: unknown): CompiledExpression {
  return {
    text,
    names,
    evaluate() {
      throw error
    },
  }
}

function constant(text: string, value: unknown): CompiledExpression {
  return { text, names: [], evaluate: () => value }
}

/**
 * Fallback for a text feelin parses alone but not inside the wrapper (a name feelin cannot take as a
 * parameter): evaluate it the slow way, parsing on every call. The result is the same.
 */
function reparsing(text: string, names: readonly string[]): CompiledExpression {
  return {
    text,
    names,
    evaluate(scope, warnings) {
      const context: Record<string, unknown> = { ...overridesUsedBy(text) }
      for (const name of names) if (scope[name] !== undefined) context[name] = scope[name]
      const result = evaluate(text, context, undefined)
      if (warnings) for (const w of result.warnings) warnings.push(toFeelWarning(w, text))
      return result.value === undefined ? null : result.value
    },
  }
}

function toFeelWarning(warning: Warning, expression: string): FeelWarning {
  return { type: warning.type, message: warning.message, expression }
}
