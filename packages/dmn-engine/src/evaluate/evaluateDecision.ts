import type { Problem } from '@bauplan/domain'
import type { Runtime } from '../compile/buildRuntime'
import { runtimeOf } from '../compile/compileDmn'
import type { DecisionInfo, DecisionModel } from '../model'
import { problems } from '../problems'
import { newEvaluationContext, type MatchedRules } from './evaluationContext'
import { toFeelInput } from './inputValues'
import { Run, type TraceEntry } from './run'

export interface DecisionEvaluation {
  decisionId: string
  decisionName: string
  /** The decision's value as FEEL has it (a context for a table with several outputs). */
  result: unknown
  /**
   * The result by output name: a decision table's output columns (a list per column for tables
   * that return several rules), otherwise the decision's own name.
   */
  outputs: Record<string, unknown>
  /** For every decision table evaluated, the rules that matched. */
  matchedRules: MatchedRules[]
  /** Every decision evaluated, required ones first. */
  trace: TraceEntry[]
  errors: Problem[]
  /** FEEL warnings, e.g. a variable that has no value. */
  warnings: Problem[]
}

/**
 * Evaluates a decision and the decisions it requires. `inputs` are keyed by input data name (or,
 * for models without input data, by the variable names the expressions read); JSON values and
 * FEEL values (feelin's dates, times, durations) are both accepted.
 */
export function evaluateDecision(
  model: DecisionModel,
  decisionId: string,
  inputs: Readonly<Record<string, unknown>> = {}
): DecisionEvaluation {
  const runtime = runtimeOf(model)
  const decision = findDecision(runtime, decisionId)
  if (!decision) {
    return {
      decisionId,
      decisionName: '',
      result: null,
      outputs: {},
      matchedRules: [],
      trace: [],
      errors: [
        problems.unknownDecision(
          decisionId,
          model.decisions.map((d) => d.id)
        ),
      ],
      warnings: [],
    }
  }
  const context = newEvaluationContext()
  for (const name of Object.keys(inputs)) {
    if (!runtime.acceptedInputNames.has(name)) {
      context.problems.push(problems.undeclaredInput(name, [...runtime.acceptedInputNames]))
    }
  }
  const feelInputs = toFeelInput(inputs, runtime)
  const run = new Run(runtime, feelInputs, context)
  const result = run.decision(decision.id)
  return {
    decisionId: decision.id,
    decisionName: decision.name,
    result,
    outputs: outputsOf(decision, result),
    matchedRules: context.matchedRules,
    trace: run.trace,
    errors: context.problems.filter((problem) => problem.severity === 'error'),
    warnings: context.problems.filter((problem) => problem.severity === 'warning'),
  }
}

function findDecision(runtime: Runtime, idOrName: string): DecisionInfo | undefined {
  const byId = runtime.decisions.get(idOrName)
  if (byId) return byId.info
  return runtime.model.decisions.find((decision) => decision.name === idOrName)
}

function outputsOf(decision: DecisionInfo, result: unknown): Record<string, unknown> {
  const logic = decision.logic
  if (logic?.kind !== 'decisionTable' || logic.outputs.length === 0) {
    return { [decision.name]: result }
  }
  const names = logic.outputs.map(
    (output, index) => output.name ?? (index === 0 ? decision.name : `output ${index + 1}`)
  )
  if (names.length === 1) return { [names[0]!]: result }
  const pick = (row: unknown, name: string): unknown =>
    row !== null && typeof row === 'object' && !Array.isArray(row)
      ? ((row as Record<string, unknown>)[name] ?? null)
      : null
  const outputs: Record<string, unknown> = {}
  for (const name of names) {
    outputs[name] = Array.isArray(result)
      ? result.map((row) => pick(row, name))
      : pick(result, name)
  }
  return outputs
}
