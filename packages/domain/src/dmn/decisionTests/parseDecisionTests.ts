import { joinPointer } from '../../baustein/jsonPointer'
import type { Problem } from '../../problem'
import { positionAt } from '../../xml/position'
import { utf8ByteLength } from '../../xml/utf8'
import {
  DECISION_TEST_LIMITS,
  DECISION_TESTS_FILE_NAME,
  type DecisionTest,
  type DecisionTestOptions,
} from './decisionTestsFile'
import { jsonNestingDepth } from './jsonDepth'

const TEST_FIELDS = ['name', 'decisionId', 'eingaben', 'erwartet'] as const
const ROOT_FIELDS = ['$schema', 'tests'] as const

/**
 * Reads `entscheidungstests.json`: size limit first (before JSON.parse allocates), then JSON
 * syntax with line and column, then the shape of every test. `tests` is only returned when the
 * whole file has the right shape, so later checks can rely on it; all shape problems are reported
 * at once.
 */
export function parseDecisionTests(
  text: string,
  options: DecisionTestOptions = {}
): { tests?: DecisionTest[]; problems: Problem[] } {
  const file = options.file ?? DECISION_TESTS_FILE_NAME
  const problem = (
    code: string,
    pointer: string,
    de: string,
    en: string,
    severity: Problem['severity'] = 'error'
  ): Problem => ({
    code,
    severity,
    message: { de, en },
    pointer,
    file,
  })
  const bytes = utf8ByteLength(text)
  if (bytes > DECISION_TEST_LIMITS.maxBytes) {
    return {
      problems: [
        problem(
          'decisionTest.tooLarge',
          '',
          `Die Testdatei ist ${bytes} Bytes groß; erlaubt sind höchstens ${DECISION_TEST_LIMITS.maxBytes} Bytes (1 MiB).`,
          `The test file is ${bytes} bytes; at most ${DECISION_TEST_LIMITS.maxBytes} bytes (1 MiB) are allowed.`
        ),
      ],
    }
  }
  const depth = jsonNestingDepth(text)
  if (depth > DECISION_TEST_LIMITS.maxDepth) {
    return {
      problems: [
        problem(
          'decisionTest.tooDeep',
          '',
          `Die Testdatei ist ${depth} Ebenen tief verschachtelt; erlaubt sind höchstens ${DECISION_TEST_LIMITS.maxDepth}.`,
          `The test file is nested ${depth} levels deep; at most ${DECISION_TEST_LIMITS.maxDepth} are allowed.`
        ),
      ],
    }
  }
  let root: unknown
  try {
    root = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      problems: [
        {
          ...problem(
            'decisionTest.invalidJson',
            '',
            `Die Testdatei ist kein gültiges JSON: ${detail}`,
            `The test file is not valid JSON: ${detail}`
          ),
          ...jsonErrorPosition(text, detail),
        },
      ],
    }
  }
  if (!isObject(root)) {
    return {
      problems: [
        problem(
          'decisionTest.notAnObject',
          '',
          'Die Testdatei muss ein JSON-Objekt der Form { "tests": [ … ] } sein.',
          'The test file must be a JSON object of the form { "tests": [ … ] }.'
        ),
      ],
    }
  }
  const problems: Problem[] = []
  for (const key of Object.keys(root)) {
    if (!(ROOT_FIELDS as readonly string[]).includes(key)) {
      problems.push(unknownProperty(problem, '', key, ['tests']))
    }
  }
  const tests = root.tests
  if (!Array.isArray(tests)) {
    problems.push(
      problem(
        'decisionTest.missingTests',
        '/tests',
        'Das Feld „tests“ fehlt oder ist keine Liste; erwartet wird "tests": [ … ].',
        'The field "tests" is missing or not a list; expected "tests": [ … ].'
      )
    )
    return { problems }
  }
  if (tests.length > DECISION_TEST_LIMITS.maxTests) {
    problems.push(
      problem(
        'decisionTest.tooMany',
        '/tests',
        `Die Datei enthält ${tests.length} Tests; erlaubt sind höchstens ${DECISION_TEST_LIMITS.maxTests}.`,
        `The file contains ${tests.length} tests; at most ${DECISION_TEST_LIMITS.maxTests} are allowed.`
      )
    )
    return { problems }
  }
  const names = new Map<string, number>()
  tests.forEach((test: unknown, index) => {
    const pointer = joinPointer('/tests', index)
    if (!isObject(test)) {
      problems.push(
        problem(
          'decisionTest.invalidTest',
          pointer,
          `Test Nr. ${index + 1} ist kein Objekt; erwartet wird { "name", "decisionId", "eingaben", "erwartet" }.`,
          `Test no. ${index + 1} is not an object; expected { "name", "decisionId", "eingaben", "erwartet" }.`
        )
      )
      return
    }
    for (const key of Object.keys(test)) {
      if (!(TEST_FIELDS as readonly string[]).includes(key)) {
        problems.push(unknownProperty(problem, pointer, key, TEST_FIELDS))
      }
    }
    for (const field of ['name', 'decisionId'] as const) {
      const value = test[field]
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(
          problem(
            'decisionTest.invalidField',
            joinPointer(pointer, field),
            `Test Nr. ${index + 1}: „${field}“ muss ein nicht leerer Text sein.`,
            `Test no. ${index + 1}: "${field}" must be a non-empty string.`
          )
        )
      }
    }
    for (const field of ['eingaben', 'erwartet'] as const) {
      if (!isObject(test[field])) {
        problems.push(
          problem(
            'decisionTest.invalidField',
            joinPointer(pointer, field),
            `Test Nr. ${index + 1}: „${field}“ muss ein Objekt sein, z. B. { "variable": 1 }.`,
            `Test no. ${index + 1}: "${field}" must be an object, e.g. { "variable": 1 }.`
          )
        )
      }
    }
    const name = typeof test.name === 'string' ? test.name : undefined
    if (name !== undefined && name.trim() !== '') {
      const first = names.get(name)
      if (first !== undefined) {
        problems.push(
          problem(
            'decisionTest.duplicateName',
            joinPointer(pointer, 'name'),
            `Test Nr. ${index + 1} heißt wie Test Nr. ${first + 1} („${name}“); eindeutige Namen machen Testergebnisse zuordenbar.`,
            `Test no. ${index + 1} has the same name as test no. ${first + 1} ("${name}"); unique names keep test results traceable.`,
            'warning'
          )
        )
      } else names.set(name, index)
    }
    if (isObject(test.erwartet) && Object.keys(test.erwartet).length === 0) {
      problems.push(
        problem(
          'decisionTest.nothingExpected',
          joinPointer(pointer, 'erwartet'),
          `Test Nr. ${index + 1} erwartet nichts („erwartet“ ist leer) und kann daher nie fehlschlagen.`,
          `Test no. ${index + 1} expects nothing ("erwartet" is empty) and so can never fail.`,
          'warning'
        )
      )
    }
  })
  if (problems.some((p) => p.severity === 'error')) return { problems }
  return { tests: tests as DecisionTest[], problems }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unknownProperty(
  problem: (code: string, pointer: string, de: string, en: string) => Problem,
  pointer: string,
  key: string,
  allowed: readonly string[]
): Problem {
  const list = allowed.join(', ')
  return problem(
    'decisionTest.unknownProperty',
    joinPointer(pointer, key),
    `Das Feld „${key}“ ist unbekannt; erlaubt sind: ${list}.`,
    `The field "${key}" is unknown; allowed are: ${list}.`
  )
}

/** JSON.parse names the failing offset (V8) or line and column (SpiderMonkey) only in its message. */
function jsonErrorPosition(text: string, message: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const offset = /at position (\d+)/.exec(message)
  if (offset) return positionAt(text, Number(offset[1]))
  return {}
}
