import { FeelRange } from 'feelin'
import {
  compileExpression,
  FeelSyntaxError,
  type FeelWarning,
  type Scope,
} from './compileExpression'
import { compare, feelEquals, isComparisonOperator, type ComparisonOperator } from './feelOperators'
import {
  childrenOf,
  firstSyntaxIssue,
  inputValueReferences,
  parseFeelUnaryTests,
  type FeelNode,
} from './feelSyntax'
import { literalCell, literalComparison, literalEquality, literalInterval } from './literalTests'

/**
 * One positive unary test (one comma-separated part of a cell): does the input value pass it?
 * Compiled once; `scope` gives the variables the test may read.
 */
type PositiveTest = (input: unknown, scope: Scope, warnings?: FeelWarning[]) => boolean

export interface CompiledUnaryTests {
  readonly text: string
  /** Names the tests read from the scope. */
  readonly names: readonly string[]
  /** True when the input value passes (`-` and an empty cell always pass). */
  test(input: unknown, scope: Scope, warnings?: FeelWarning[]): boolean
  /**
   * Position (0-based) of the first positive test the value passes, -1 if none. The order of an
   * output values list is the priority order of PRIORITY and OUTPUT ORDER tables.
   */
  indexOf(input: unknown, scope: Scope): number
  /** True for `-` and empty text: the cell says nothing. */
  readonly isWildcard: boolean
}

/**
 * The name the input value `?` gets inside compiled parts: feelin cannot take `?` as a function
 * parameter, so it is renamed in the text.
 */
const INPUT_NAME = 'ǂinput value'

export function compileUnaryTests(
  text: string,
  scopeNames: Iterable<string>,
  constants: Readonly<Record<string, unknown>> = {}
): CompiledUnaryTests {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === '-') return WILDCARD(text)
  const literal = literalCell(trimmed)
  if (literal) return fromPositiveTests(text, [], literal.negated, literal.tests)
  const known = [...scopeNames]
  const tree = parseFeelUnaryTests(text, known)
  const issue = firstSyntaxIssue(tree, text)
  if (issue) throw new FeelSyntaxError(text, issue)
  const references = inputValueReferences(tree)
  const names = new Set<string>()
  const source = (node: FeelNode): string => withInputName(text, node.from, node.to, references)
  const compile = (node: FeelNode) => {
    const compiled = compileExpression(source(node), [...known, INPUT_NAME], constants)
    for (const name of compiled.names) if (name !== INPUT_NAME) names.add(name)
    return compiled
  }

  const top = tree.topNode
  const parts = childrenOf(top)
  const negated = parts[0]?.name === 'not'
  const positives = parts.find((node) => node.name === 'PositiveUnaryTests')
  if (parts[0]?.name === 'Wildcard') return WILDCARD(text)
  const tests: PositiveTest[] = (positives ? childrenOf(positives) : [])
    .filter((node) => node.name === 'PositiveUnaryTest')
    .map((node) => {
      const readsInput = references.some((r) => r.from >= node.from && r.to <= node.to)
      return compilePositive(node, text, readsInput, compile)
    })

  return fromPositiveTests(text, [...names], negated, tests)
}

function fromPositiveTests(
  text: string,
  names: string[],
  negated: boolean,
  tests: PositiveTest[]
): CompiledUnaryTests {
  const passes = (input: unknown, scope: Scope, warnings?: FeelWarning[]): boolean => {
    for (const test of tests) if (test(input, scope, warnings)) return true
    return false
  }
  // A cell with one positive test (the common case) is that test, without the loop around it.
  const single = tests.length === 1 ? tests[0] : undefined
  return {
    text,
    names,
    isWildcard: false,
    test: negated ? (input, scope, w) => !passes(input, scope, w) : (single ?? passes),
    indexOf(input, scope) {
      if (negated) return -1
      return tests.findIndex((test) => test(input, scope))
    },
  }
}

function compilePositive(
  node: FeelNode,
  text: string,
  usesInputValue: boolean,
  compile: (node: FeelNode) => ReturnType<typeof compileExpression>
): PositiveTest {
  const inner = node.firstChild
  if (!inner) throw new FeelSyntaxError(text, { offset: node.from, near: '' })
  const slice = (n: FeelNode) => text.slice(n.from, n.to)
  const withInput = (scope: Scope, input: unknown): Scope =>
    usesInputValue ? { ...scope, [INPUT_NAME]: input, '?': input } : scope

  if (inner.name === 'SimplePositiveUnaryTest') {
    const [first, operand] = childrenOf(inner)
    if (first?.name === 'CompareOp' && operand) {
      const op = slice(first)
      if (!isComparisonOperator(op))
        throw new FeelSyntaxError(text, { offset: first.from, near: op })
      const fast = usesInputValue ? undefined : literalComparison(op, slice(operand))
      if (fast) return fast
      const bound = compile(operand)
      return (input, scope, warnings) =>
        compare(
          input,
          op as ComparisonOperator,
          bound.evaluate(withInput(scope, input), warnings)
        ) === true
    }
    if (first?.name === 'Interval') {
      const fast = usesInputValue ? undefined : literalInterval(slice(first))
      if (fast) return fast
      const interval = compile(first)
      return (input, scope, warnings) => {
        const range = interval.evaluate(withInput(scope, input), warnings)
        return range instanceof FeelRange && range.includes(input) === true
      }
    }
    throw new FeelSyntaxError(text, { offset: inner.from, near: slice(inner) })
  }
  if (inner.name === 'BooleanLiteral') {
    // A boolean literal is compared with the input value, not taken as the test's outcome.
    const expected = slice(inner) === 'true'
    return (input) => input === expected
  }
  const fast = usesInputValue ? undefined : literalEquality(slice(inner))
  if (fast) return fast
  const expression = compile(inner)
  // An expression that reads `?` is the test itself; any other is a value the input must equal.
  return (input, scope, warnings) => {
    const outcome = expression.evaluate(withInput(scope, input), warnings)
    return usesInputValue ? outcome === true : matchesValue(input, outcome)
  }
}

/**
 * DMN 1.3, 8.3.3 and 10.3.2.9: an expression without `?` as a unary test passes when it evaluates
 * to a list that contains the input, to a range that includes it, or to a value equal to it.
 */
function matchesValue(input: unknown, outcome: unknown): boolean {
  if (Array.isArray(outcome)) return outcome.some((item) => feelEquals(input, item))
  if (outcome instanceof FeelRange) return outcome.includes(input) === true
  return feelEquals(input, outcome)
}

/** The text between `from` and `to`, with every `?` replaced by the input value's name. */
function withInputName(
  text: string,
  from: number,
  to: number,
  references: ReadonlyArray<{ from: number; to: number }>
): string {
  let result = ''
  let position = from
  for (const reference of references) {
    if (reference.from < from || reference.to > to) continue
    result += `${text.slice(position, reference.from)}${INPUT_NAME}`
    position = reference.to
  }
  return result + text.slice(position, to)
}

function WILDCARD(text: string): CompiledUnaryTests {
  return {
    text,
    names: [],
    isWildcard: true,
    test: () => true,
    indexOf: () => 0,
  }
}
