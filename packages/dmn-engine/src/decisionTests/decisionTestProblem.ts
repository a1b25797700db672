import type { DecisionTest, JsonValue, LocalizedText, Problem } from '@bauplan/domain'
import type { DecisionTestOutcome } from './decisionTestReport'

function shown(value: JsonValue): string {
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * The problem a failing decision test of a folder is reported as: it names the test by number,
 * name and decision, points at it in the tests file, and says which outputs differ (expected and
 * computed value) or which engine error stopped it.
 */
export function decisionTestProblem(
  file: string,
  index: number,
  test: DecisionTest,
  outcome: DecisionTestOutcome
): Problem {
  const label: LocalizedText = {
    de: `Entscheidungstest Nr. ${index + 1} „${test.name}“ (${test.decisionId})`,
    en: `Decision test no. ${index + 1} "${test.name}" (${test.decisionId})`,
  }
  const error = outcome.problems.find((p) => p.severity === 'error')
  if (error) {
    return {
      code: 'decisionTest.error',
      severity: 'error',
      file,
      pointer: `/tests/${index}`,
      message: {
        de: `${label.de} bricht ab: ${error.message.de}`,
        en: `${label.en} fails with an error: ${error.message.en}`,
      },
    }
  }
  const wrong = outcome.outputs.filter((o) => !o.passed)
  const details = {
    de: wrong.map((o) => `${o.name}: erwartet ${shown(o.expected)}, berechnet ${shown(o.actual)}`),
    en: wrong.map((o) => `${o.name}: expected ${shown(o.expected)}, got ${shown(o.actual)}`),
  }
  return {
    code: 'decisionTest.failed',
    severity: 'error',
    file,
    pointer: `/tests/${index}`,
    message: {
      de: `${label.de} schlägt fehl – ${details.de.join('; ')}. Korrigieren Sie die Entscheidung oder den erwarteten Wert.`,
      en: `${label.en} fails – ${details.en.join('; ')}. Correct the decision or the expected value.`,
    },
  }
}
