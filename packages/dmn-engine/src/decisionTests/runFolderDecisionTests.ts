import {
  parseDmn,
  type DecisionTest,
  type FolderCheckResult,
  type JsonValue,
  type Problem,
} from '@bauplan/domain'
import { compileDmn } from '../compile/compileDmn'
import type { DecisionModel } from '../model'
import { decisionTestProblem } from './decisionTestProblem'
import {
  noDecisionTests,
  type DecisionTestOutcome,
  type DecisionTestReport,
} from './decisionTestReport'
import { runDecisionTests, type DecisionTestResult } from './runDecisionTests'

export interface FolderDecisionTestRun {
  /** Undefined when the folder is too broken to run its tests; `problems` then say why. */
  report?: DecisionTestReport
  /** DMN that does not compile (FEEL that does not parse, …), failing and erroring tests. */
  problems: Problem[]
}

interface CompiledFile {
  file: string
  model: DecisionModel
}

/**
 * Compiles every DMN model of a folder that `checkBausteinFolder` has checked (the engine parses
 * all FEEL, unlike the domain's structural check) and runs the folder's decision tests against
 * them; each test runs against the model that holds its decision. Tests are not run when the folder
 * check already found the test file or a model broken: the engine would only repeat those problems
 * less clearly. The publishing gate of the catalogue and `bauplan validate` both run this.
 */
export async function runFolderDecisionTests(
  files: Readonly<Record<string, string>>,
  check: FolderCheckResult
): Promise<FolderDecisionTestRun> {
  const problems: Problem[] = []
  const compiled: CompiledFile[] = []
  const dmnFiles = dmnFilesOf(files, check)
  for (const file of dmnFiles) {
    const source = files[file] ?? ''
    const parsed = await parseDmn(source, { file })
    if (!parsed.definitions) continue // the folder check reports why
    const model = compileDmn(parsed.definitions, { source })
    problems.push(...model.problems.map((p) => ({ ...p, file })))
    compiled.push({ file, model })
  }

  // Without valid metadata it is unknown which file holds the tests: no report rather than "none".
  if (check.metadata === undefined) return { problems }
  const testsFile = check.metadata.artefakte.entscheidungstests?.datei
  const tests = check.decisionTests
  if (testsFile === undefined) return { report: noDecisionTests(), problems }
  const unreadable =
    tests === undefined ||
    compiled.length < dmnFiles.length ||
    check.problems.some((p) => p.severity === 'error' && p.file === testsFile)
  if (unreadable) return { problems }

  const outcomes: DecisionTestOutcome[] = []
  tests.forEach((test, index) => {
    const owner = compiled.find(({ model }) =>
      model.decisions.some((d) => d.id === test.decisionId)
    )
    const result = owner ? runDecisionTests(owner.model, [test]).results[0] : undefined
    const outcome = outcomeOf(test, result)
    outcomes.push(outcome)
    if (!outcome.passed) problems.push(decisionTestProblem(testsFile, index, test, outcome))
  })
  const passed = outcomes.filter((o) => o.passed).length
  return {
    report: { passed, failed: outcomes.length - passed, results: outcomes },
    problems,
  }
}

/** The DMN files the metadata names (or, without valid metadata, every `.dmn` file). */
function dmnFilesOf(files: Readonly<Record<string, string>>, check: FolderCheckResult): string[] {
  const named = check.metadata?.artefakte.dmn?.map((d) => d.datei)
  return (named ?? Object.keys(files).filter((name) => name.endsWith('.dmn'))).filter(
    (name) => files[name] !== undefined
  )
}

function outcomeOf(
  test: DecisionTest,
  result: DecisionTestResult | undefined
): DecisionTestOutcome {
  if (result === undefined) {
    // The folder check names an unknown decision already; here it only fails the test.
    return {
      name: test.name,
      decisionId: test.decisionId,
      passed: false,
      outputs: Object.entries(test.erwartet).map(([name, expected]) => ({
        name,
        expected,
        actual: null,
        passed: false,
      })),
      matchedRules: [],
      problems: [],
    }
  }
  return {
    name: result.name,
    decisionId: result.decisionId,
    passed: result.passed,
    outputs: result.outputs.map((o) => ({
      name: o.name,
      expected: (o.expected ?? null) as JsonValue,
      actual: o.actual ?? null,
      passed: o.passed,
    })),
    matchedRules: result.matchedRules.map((m) => ({
      decisionId: m.decisionId,
      rules: m.rules.map((r) => r.index),
    })),
    problems: [...result.errors, ...result.warnings],
  }
}
