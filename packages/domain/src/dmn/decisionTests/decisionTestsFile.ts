/**
 * The decision-test file of a building block (`entscheidungstests.json`, format version 1):
 *
 * ```json
 * { "tests": [ { "name": "…", "decisionId": "Decision_X",
 *                "eingaben": { "variable": <JSON> }, "erwartet": { "output": <JSON> } } ] }
 * ```
 *
 * `eingaben` are keyed by the input data names or the variables the decision's input expressions
 * use; `erwartet` by the decision's output names. Field names are German like the rest of the
 * block folder.
 */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

export interface DecisionTest {
  name: string
  decisionId: string
  eingaben: Record<string, JsonValue>
  erwartet: Record<string, JsonValue>
}

export interface DecisionTestsFile {
  tests: DecisionTest[]
}

export const DECISION_TESTS_FILE_NAME = 'entscheidungstests.json'

/**
 * Size and count as in the folder-format documentation; each is checked before or while parsing.
 * The nesting depth (the file's own two levels, the test, and up to 60 levels inside a value) guards
 * code that walks input values recursively.
 */
export const DECISION_TEST_LIMITS = { maxBytes: 1024 * 1024, maxTests: 1000, maxDepth: 64 } as const

export interface DecisionTestOptions {
  /** File name for the problems; defaults to `entscheidungstests.json`. */
  file?: string
}
