import { parseDmn, type DecisionTestsFile, type Problem } from '@bauplan/domain'
import {
  compileDmn,
  runDecisionTests,
  type DecisionModel,
  type DecisionTestResult,
} from '@bauplan/dmn-engine'

export interface TestRunOutcome {
  /** One result per test, in file order. */
  results: DecisionTestResult[]
  /** DMN files that could not be read, or FEEL that did not compile. */
  problems: Problem[]
}

/**
 * Runs the tests in the browser with the same engine the server's publishing gate uses: every DMN
 * file is parsed and compiled once, and each test runs against the model that holds its decision.
 */
export async function runTests(
  dmnTexts: Readonly<Record<string, string>>,
  file: DecisionTestsFile
): Promise<TestRunOutcome> {
  const problems: Problem[] = []
  const modelOf = new Map<string, DecisionModel>()
  for (const [name, xml] of Object.entries(dmnTexts)) {
    const parsed = await parseDmn(xml, { file: name })
    problems.push(...parsed.problems.filter((problem) => problem.severity === 'error'))
    if (!parsed.definitions) continue
    const model = compileDmn(parsed.definitions, { source: xml })
    problems.push(...model.problems.map((problem) => ({ ...problem, file: problem.file ?? name })))
    for (const decision of model.decisions) {
      if (!modelOf.has(decision.id)) modelOf.set(decision.id, model)
    }
  }
  const results = file.tests.map((test): DecisionTestResult => {
    const model = modelOf.get(test.decisionId)
    if (model) return runDecisionTests(model, [test]).results[0]!
    return {
      name: test.name,
      decisionId: test.decisionId,
      passed: false,
      outputs: [],
      matchedRules: [],
      errors: [
        {
          code: 'decisionTest.unknownDecision',
          severity: 'error',
          message: {
            de: `Die Entscheidung „${test.decisionId}“ gibt es in keinem DMN-Modell des Bausteins.`,
            en: `The decision "${test.decisionId}" is in none of the block's DMN models.`,
          },
        },
      ],
      warnings: [],
    }
  })
  return { results, problems }
}
