import type { JsonValue, Problem } from '@bauplan/domain'
import { evaluateDecision } from '../evaluate/evaluateDecision'
import type { MatchedRules } from '../evaluate/evaluationContext'
import { toJsonValue } from '../feel/jsonValue'
import type { DecisionModel } from '../model'
import { problems } from '../problems'

/** One test of `entscheidungstests.json`: inputs by variable name, expected outputs by name. */
export interface DecisionTestCase {
  name: string
  decisionId: string
  eingaben: Readonly<Record<string, unknown>>
  erwartet: Readonly<Record<string, unknown>>
}

export interface OutputComparison {
  name: string
  expected: unknown
  /** The engine's value as JSON; undefined when the decision has no output of this name. */
  actual: JsonValue | undefined
  passed: boolean
}

export interface DecisionTestResult {
  name: string
  decisionId: string
  /** All expected outputs match and the evaluation raised no error. */
  passed: boolean
  outputs: OutputComparison[]
  matchedRules: MatchedRules[]
  errors: Problem[]
  warnings: Problem[]
}

export interface DecisionTestRun {
  passed: number
  failed: number
  results: DecisionTestResult[]
}

/**
 * Runs a building block's decision tests against its compiled DMN model. Expected values are JSON:
 * numbers compare with a tolerance of 1e-9 (binary arithmetic), dates, times and durations as their
 * ISO text, lists and objects structurally. An output the decision does not have, or any error
 * (an undeclared input, a UNIQUE table with two matching rules), fails the test.
 */
export function runDecisionTests(
  model: DecisionModel,
  tests: { tests: readonly DecisionTestCase[] } | readonly DecisionTestCase[]
): DecisionTestRun {
  const list = Array.isArray(tests)
    ? (tests as readonly DecisionTestCase[])
    : (tests as { tests: readonly DecisionTestCase[] }).tests
  const results = list.map((test) => runOne(model, test))
  const passed = results.filter((result) => result.passed).length
  return { passed, failed: results.length - passed, results }
}

function runOne(model: DecisionModel, test: DecisionTestCase): DecisionTestResult {
  const evaluation = evaluateDecision(model, test.decisionId, test.eingaben)
  const errors = [...evaluation.errors]
  const outputs = Object.entries(test.erwartet).map(([name, expected]): OutputComparison => {
    if (!(name in evaluation.outputs)) {
      if (evaluation.decisionName !== '') {
        errors.push(problems.unknownOutput(test.name, name, Object.keys(evaluation.outputs)))
      }
      return { name, expected, actual: undefined, passed: false }
    }
    const actual = toJsonValue(evaluation.outputs[name])
    return { name, expected, actual, passed: sameJson(expected, actual) }
  })
  return {
    name: test.name,
    decisionId: test.decisionId,
    passed: errors.length === 0 && outputs.every((output) => output.passed),
    outputs,
    matchedRules: evaluation.matchedRules,
    errors,
    warnings: evaluation.warnings,
  }
}

function sameJson(expected: unknown, actual: JsonValue): boolean {
  if (expected === null || expected === undefined) return actual === null
  if (typeof expected === 'number') {
    return (
      typeof actual === 'number' &&
      Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected), Math.abs(actual))
    )
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => sameJson(item, actual[index] ?? null))
    )
  }
  if (typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false
    const keys = Object.keys(expected)
    if (keys.length !== Object.keys(actual).length) return false
    return keys.every(
      (key) => key in actual && sameJson((expected as Record<string, unknown>)[key], actual[key]!)
    )
  }
  return expected === actual
}
