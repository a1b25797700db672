import type { JsonValue, Problem } from '@bauplan/domain'

/** One output of one decision test: what the test expects and what the engine computed. */
export interface DecisionTestOutput {
  name: string
  expected: JsonValue
  /** null when the decision produced no such output (or null). */
  actual: JsonValue
  passed: boolean
}

/** One decision test of a folder as the quality gate ran it, for the API, the CLI and the UI. */
export interface DecisionTestOutcome {
  name: string
  decisionId: string
  passed: boolean
  outputs: DecisionTestOutput[]
  /** Per decision table evaluated: the 1-based rows that matched. */
  matchedRules: Array<{ decisionId: string; rules: number[] }>
  /** Engine errors and warnings of this test. */
  problems: Problem[]
}

/** The decision tests of a block (`entscheidungstests.json`), run against its DMN models. */
export interface DecisionTestReport {
  passed: number
  failed: number
  results: DecisionTestOutcome[]
}

/** The report of a block without decision tests. */
export function noDecisionTests(): DecisionTestReport {
  return { passed: 0, failed: 0, results: [] }
}
