import { parseDmn, type Problem } from '@bauplan/domain'
import { compileDmn, type DmnDefinitionsLike } from '../compile/compileDmn'
import { evaluateDecision } from '../evaluate/evaluateDecision'
import { invokeBusinessKnowledgeModel, invokeDecisionService } from '../evaluate/invoke'
import { formatValue } from '../feel/formatValue'
import type { DecisionModel } from '../model'
import { failureCause } from './failureCause'
import { formatTckValue, sameValue } from './compareValues'
import { toFeelValue } from './tckValues'
import { readTckTestFile, type TckTestCase } from './testFile'

/** Reads DMN XML into moddle definitions; `parseDmn` of `@bauplan/domain` fits. */
export type DmnParser = (
  xml: string
) => Promise<{ definitions?: DmnDefinitionsLike | undefined; problems: readonly Problem[] }>

export interface ResultNodeOutcome {
  name: string
  passed: boolean
  /** Why it failed, worded so equal causes group together. */
  cause?: string
  expected?: string
  actual?: string
}

export interface TestCaseOutcome {
  file: string
  id: string
  passed: boolean
  results: ResultNodeOutcome[]
}

export interface CaseFolderOutcome {
  folder: string
  testCases: TestCaseOutcome[]
}

export interface Counts {
  total: number
  passed: number
}

export interface LevelOutcome {
  level: string
  folders: CaseFolderOutcome[]
  testCases: Counts
  resultNodes: Counts
}

export const TCK_LEVELS = ['compliance-level-2', 'compliance-level-3'] as const

export interface ConformanceRunOptions {
  /** The folder with `compliance-level-2`, `compliance-level-3`, … */
  tckRoot: string
  levels?: readonly string[]
  /** Defaults to `parseDmn` of `@bauplan/domain`. */
  parse?: DmnParser
}

/**
 * Runs every test case of the given TCK levels against this engine. Node's fs and path are fetched
 * here, not imported at the top: the web app imports this package's entry point in the browser,
 * where a static `node:fs` import fails while the module loads.
 */
export async function runConformance(options: ConformanceRunOptions): Promise<LevelOutcome[]> {
  const outcomes: LevelOutcome[] = []
  const parse = options.parse ?? ((xml: string) => parseDmn(xml))
  const { readdirSync } = process.getBuiltinModule('node:fs')
  const { join } = process.getBuiltinModule('node:path')
  for (const level of options.levels ?? TCK_LEVELS) {
    const directory = join(options.tckRoot, level)
    const folders = readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    const results: CaseFolderOutcome[] = []
    for (const folder of folders)
      results.push(await runFolder(join(directory, folder), folder, parse))
    outcomes.push(summarize(level, results))
  }
  return outcomes
}

export function summarize(level: string, folders: CaseFolderOutcome[]): LevelOutcome {
  const testCases = folders.flatMap((folder) => folder.testCases)
  const resultNodes = testCases.flatMap((testCase) => testCase.results)
  return {
    level,
    folders,
    testCases: { total: testCases.length, passed: testCases.filter((t) => t.passed).length },
    resultNodes: { total: resultNodes.length, passed: resultNodes.filter((r) => r.passed).length },
  }
}

async function runFolder(
  path: string,
  folder: string,
  parse: DmnParser
): Promise<CaseFolderOutcome> {
  const { readdirSync, readFileSync } = process.getBuiltinModule('node:fs')
  const { join } = process.getBuiltinModule('node:path')
  const files = readdirSync(path).sort()
  const models = new Map<string, DecisionModel | string>()
  for (const file of files.filter((name) => name.endsWith('.dmn'))) {
    models.set(file, await loadModel(readFileSync(join(path, file), 'utf8'), parse))
  }
  const testCases: TestCaseOutcome[] = []
  for (const file of files.filter((name) => /-test-\d+\.xml$/.test(name))) {
    const testFile = readTckTestFile(readFileSync(join(path, file), 'utf8'))
    const model = models.get(testFile.modelName) ?? `model file ${testFile.modelName} not found`
    for (const testCase of testFile.testCases) testCases.push(runTestCase(file, testCase, model))
  }
  return { folder, testCases }
}

async function loadModel(xml: string, parse: DmnParser): Promise<DecisionModel | string> {
  try {
    const parsed = await parse(xml)
    const fatal = parsed.problems.find((problem) => problem.severity === 'error')
    if (!parsed.definitions)
      return `model could not be read: ${fatal?.message.en ?? 'no definitions'}`
    return compileDmn(parsed.definitions, { source: xml })
  } catch (error) {
    return `model could not be read: ${error instanceof Error ? error.message : String(error)}`
  }
}

function runTestCase(
  file: string,
  testCase: TckTestCase,
  model: DecisionModel | string
): TestCaseOutcome {
  const results = testCase.results.map((node): ResultNodeOutcome => {
    if (typeof model === 'string') return { name: node.name, passed: false, cause: model }
    const inputs: Record<string, unknown> = {}
    for (const input of testCase.inputs) inputs[input.name] = toFeelValue(input.value)
    let evaluation: { result: unknown; errors: Problem[]; warnings: Problem[] }
    try {
      evaluation = evaluate(model, testCase, node.name, inputs)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { name: node.name, passed: false, cause: `engine error: ${message}` }
    }
    const expected = node.errorResult ? ({ kind: 'null' } as const) : node.expected
    if (sameValue(expected, evaluation.result)) return { name: node.name, passed: true }
    return {
      name: node.name,
      passed: false,
      cause: failureCause(evaluation.errors, evaluation.warnings),
      expected: formatTckValue(expected),
      actual: formatValue(evaluation.result, 160),
    }
  })
  return { file, id: testCase.id, passed: results.every((result) => result.passed), results }
}

function evaluate(
  model: DecisionModel,
  testCase: TckTestCase,
  resultName: string,
  inputs: Record<string, unknown>
): { result: unknown; errors: Problem[]; warnings: Problem[] } {
  if (testCase.type === 'bkm') {
    return invokeBusinessKnowledgeModel(model, testCase.invocableName ?? resultName, inputs)
  }
  if (testCase.type === 'decisionService') {
    const invocation = invokeDecisionService(model, testCase.invocableName ?? resultName, inputs)
    const service = model.decisionServices.find(
      (s) => s.name === testCase.invocableName || s.id === testCase.invocableName
    )
    // A service with several output decisions returns a context; the result node names one of them.
    if (service && service.outputDecisions.length > 1 && invocation.result !== null) {
      const result = (invocation.result as Record<string, unknown>)[resultName] ?? null
      return { ...invocation, result }
    }
    return invocation
  }
  return evaluateDecision(model, resultName, inputs)
}
