import type { Problem } from '@bauplan/domain'
import { FeelFunction } from 'feelin'
import { runtimeOf } from '../compile/compileDmn'
import type { DecisionModel } from '../model'
import { problems } from '../problems'
import { newEvaluationContext, type MatchedRules } from './evaluationContext'
import { toFeelInput } from './inputValues'
import { evaluateService, Run, type TraceEntry } from './run'

export interface InvocationResult {
  result: unknown
  matchedRules: MatchedRules[]
  trace: TraceEntry[]
  errors: Problem[]
  warnings: Problem[]
}

/**
 * Invokes a business knowledge model directly with arguments by parameter name (parameters not
 * given are null), as the DMN TCK's `bkm` test cases do.
 */
export function invokeBusinessKnowledgeModel(
  model: DecisionModel,
  nameOrId: string,
  args: Readonly<Record<string, unknown>>
): InvocationResult {
  const runtime = runtimeOf(model)
  const bkm = [...runtime.knowledgeModels.values()].find(
    (candidate) => candidate.info.id === nameOrId || candidate.info.name === nameOrId
  )
  const context = newEvaluationContext()
  const run = new Run(runtime, {}, context)
  if (!bkm) {
    context.problems.push(
      problems.unknownDecision(
        nameOrId,
        model.businessKnowledgeModels.map((b) => b.id)
      )
    )
    return finish(null, context, run.trace)
  }
  const fn = run.knowledge(bkm.info.id)
  if (!(fn instanceof FeelFunction)) return finish(null, context, run.trace)
  const values = toFeelInput(args, runtime)
  const result: unknown = fn.fn(...fn.parameterNames.map((name) => values[name] ?? null))
  return finish(result ?? null, context, run.trace)
}

/**
 * Invokes a decision service with its input data and input decisions given by name; the result
 * is the output decision's value, or a context of all output decisions.
 */
export function invokeDecisionService(
  model: DecisionModel,
  nameOrId: string,
  inputs: Readonly<Record<string, unknown>>
): InvocationResult {
  const runtime = runtimeOf(model)
  const service = model.decisionServices.find(
    (candidate) => candidate.id === nameOrId || candidate.name === nameOrId
  )
  const context = newEvaluationContext()
  const trace: TraceEntry[] = []
  if (!service) {
    context.problems.push(
      problems.unknownDecision(
        nameOrId,
        model.decisionServices.map((s) => s.id)
      )
    )
    return finish(null, context, trace)
  }
  const values = toFeelInput(inputs, runtime)
  const nameOf = (id: string) =>
    runtime.decisions.get(id)?.info.name ?? runtime.inputData.get(id)?.info.name ?? id
  const parameters = new Map<string, unknown>()
  for (const id of [...service.inputData, ...service.inputDecisions]) {
    parameters.set(id, values[nameOf(id)] ?? null)
  }
  const result = evaluateService(runtime, service, parameters, context, trace)
  return finish(result, context, trace)
}

function finish(
  result: unknown,
  context: ReturnType<typeof newEvaluationContext>,
  trace: TraceEntry[]
): InvocationResult {
  return {
    result,
    matchedRules: context.matchedRules,
    trace,
    errors: context.problems.filter((problem) => problem.severity === 'error'),
    warnings: context.problems.filter((problem) => problem.severity === 'warning'),
  }
}
