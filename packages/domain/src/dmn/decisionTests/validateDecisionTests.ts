import { joinPointer } from '../../baustein/jsonPointer'
import type { Problem } from '../../problem'
import type { DecisionFacts, DmnFacts } from '../dmnFacts'
import {
  DECISION_TESTS_FILE_NAME,
  type DecisionTest,
  type DecisionTestOptions,
} from './decisionTestsFile'
import { leadingIdentifier } from './leadingIdentifier'

/** Long lists in messages are cut here; the rest is counted, not listed. */
const MAX_LISTED = 30

interface DecisionContract {
  /** `undefined` when the inputs cannot be known (see `allowedInputs`): then keys are not checked. */
  inputs: ReadonlySet<string> | undefined
  outputs: ReadonlySet<string>
}

/**
 * Checks decision tests against the models: each test names an existing decision, supplies only
 * variables that decision (or a decision it requires) reads, and expects only outputs it produces.
 * A misspelt key would otherwise be silently ignored by the engine and the test pass or fail for
 * the wrong reason.
 */
export function validateDecisionTests(
  tests: readonly DecisionTest[],
  facts: readonly DmnFacts[],
  options: DecisionTestOptions = {}
): Problem[] {
  const file = options.file ?? DECISION_TESTS_FILE_NAME
  const owners = new Map<string, DmnFacts>()
  for (const model of facts) {
    for (const decision of model.decisions)
      if (!owners.has(decision.id)) owners.set(decision.id, model)
  }
  const contracts = new Map<string, DecisionContract>()
  const problems: Problem[] = []
  tests.forEach((test, index) => {
    const pointer = joinPointer('/tests', index)
    const label = {
      de: `Test Nr. ${index + 1} „${test.name}“`,
      en: `Test no. ${index + 1} "${test.name}"`,
    }
    const model = owners.get(test.decisionId)
    if (model === undefined) {
      const known = listed([...owners.keys()])
      problems.push({
        code: 'decisionTest.unknownDecision',
        severity: 'error',
        message: {
          de: `${label.de} nennt die Entscheidung „${test.decisionId}“, die in keinem DMN-Modell des Bausteins vorkommt. Vorhanden: ${known}.`,
          en: `${label.en} names the decision "${test.decisionId}", which is in none of the block's DMN models. Available: ${known}.`,
        },
        pointer: joinPointer(pointer, 'decisionId'),
        file,
      })
      return
    }
    let contract = contracts.get(test.decisionId)
    if (contract === undefined) {
      contract = contractOf(test.decisionId, model)
      contracts.set(test.decisionId, contract)
    }
    const inputs = contract.inputs
    if (inputs !== undefined) {
      for (const key of Object.keys(test.eingaben)) {
        if (inputs.has(key)) continue
        const allowed = listed([...inputs])
        problems.push({
          code: 'decisionTest.unknownInput',
          severity: 'error',
          message: {
            de: `${label.de}: Die Eingabe „${key}“ wird von der Entscheidung „${test.decisionId}“ nicht gelesen. Erlaubt: ${allowed}.`,
            en: `${label.en}: the input "${key}" is not read by the decision "${test.decisionId}". Allowed: ${allowed}.`,
          },
          pointer: joinPointer(pointer, 'eingaben', key),
          file,
        })
      }
    }
    for (const key of Object.keys(test.erwartet)) {
      if (contract.outputs.has(key)) continue
      const allowed = listed([...contract.outputs])
      problems.push({
        code: 'decisionTest.unknownOutput',
        severity: 'error',
        message: {
          de: `${label.de}: „${key}“ ist kein Ergebnis der Entscheidung „${test.decisionId}“. Erlaubt: ${allowed}.`,
          en: `${label.en}: "${key}" is not a result of the decision "${test.decisionId}". Allowed: ${allowed}.`,
        },
        pointer: joinPointer(pointer, 'erwartet', key),
        file,
      })
    }
  })
  return problems
}

function contractOf(decisionId: string, model: DmnFacts): DecisionContract {
  const decision = model.decisions.find((candidate) => candidate.id === decisionId) as DecisionFacts
  return { inputs: allowedInputs(decision, model), outputs: allowedOutputs(decision) }
}

/**
 * The keys a test may supply: the names of the input data the decision reaches through its
 * requirements (directly or via required decisions), plus the leading variable of every input
 * expression of the tables on that path (models without input data, Camunda style, name their
 * variables only there). Names of required decisions are not inputs: the engine computes them.
 * A non-table decision with no modelled requirements reads variables we cannot see without a FEEL
 * parser, so its keys are not checked (`undefined`).
 */
function allowedInputs(decision: DecisionFacts, model: DmnFacts): ReadonlySet<string> | undefined {
  const byId = new Map(model.decisions.map((candidate) => [candidate.id, candidate]))
  const inputNames = new Map(model.inputData.map((input) => [input.id, input.name ?? input.id]))
  const reached: DecisionFacts[] = []
  const pending = [decision]
  const seen = new Set<string>()
  while (pending.length > 0) {
    const current = pending.pop() as DecisionFacts
    if (seen.has(current.id)) continue
    seen.add(current.id)
    reached.push(current)
    for (const id of current.requiredDecisionIds) {
      const required = byId.get(id)
      if (required) pending.push(required)
    }
  }
  const opaque = reached.some(
    (current) =>
      current.logic !== 'decisionTable' &&
      current.logic !== 'none' &&
      current.requiredInputIds.length === 0 &&
      current.requiredDecisionIds.length === 0
  )
  if (opaque) return undefined
  // Multi-word names are only recognisable by matching known names: input data and decisions.
  const knownNames = [
    ...inputNames.values(),
    ...reached.map((current) => current.name ?? current.id),
  ]
  const computed = new Set(
    reached.filter((current) => current !== decision).map((current) => current.name ?? current.id)
  )
  const allowed = new Set<string>()
  for (const current of reached) {
    for (const id of current.requiredInputIds) {
      const name = inputNames.get(id)
      if (name !== undefined) allowed.add(name)
    }
    for (const input of current.inputs) {
      const variable = leadingIdentifier(input.expression ?? '', knownNames)
      if (variable !== undefined && !computed.has(variable)) allowed.add(variable)
    }
  }
  return allowed
}

/**
 * The keys a test may expect: the names of the table's outputs (one value each), and always the
 * decision's own name or id, meaning its whole result, as the DMN TCK keys its expected results:
 * the single value of a one-output table or a literal expression, the record of a multi-output
 * table, the list of a multi-hit table (RULE ORDER, OUTPUT ORDER, COLLECT without aggregation).
 */
function allowedOutputs(decision: DecisionFacts): ReadonlySet<string> {
  const keys = [
    ...decision.outputs.map((output) => output.name?.trim() ?? ''),
    decision.name ?? '',
    decision.id,
  ]
  return new Set(keys.filter((key) => key !== ''))
}

function listed(values: readonly string[]): string {
  if (values.length === 0) return '—'
  const sorted = [...values].sort()
  const shown = sorted.slice(0, MAX_LISTED).join(', ')
  return sorted.length > MAX_LISTED ? `${shown} (+${sorted.length - MAX_LISTED})` : shown
}
