import { FeelFunction } from 'feelin'
import type { Runtime } from '../compile/buildRuntime'
import { pathPart, type Location } from '../location'
import type { DecisionServiceInfo } from '../model'
import { problems } from '../problems'
import { conform } from '../types/conform'
import { report, type EvaluationContext } from './evaluationContext'

/** One evaluated decision, in the order evaluation finished (requirements before dependents). */
export interface TraceEntry {
  decisionId: string
  decisionName: string
  result: unknown
}

/** Values given instead of evaluating: the parameters of an invoked decision service. */
interface Overrides {
  decisions: ReadonlyMap<string, unknown>
  inputData: ReadonlyMap<string, unknown>
}

const NO_OVERRIDES: Overrides = { decisions: new Map(), inputData: new Map() }

/**
 * One evaluation of a decision requirements graph: each decision is evaluated at most once, after
 * the decisions it requires, with its requirements bound by name (DMN 1.3, 6.3).
 */
export class Run {
  private readonly decisionValues = new Map<string, unknown>()
  private readonly inProgress = new Set<string>()
  private readonly functions = new Map<string, FeelFunction | null>()

  constructor(
    private readonly runtime: Runtime,
    private readonly inputs: Readonly<Record<string, unknown>>,
    readonly context: EvaluationContext,
    readonly trace: TraceEntry[] = [],
    private readonly overrides: Overrides = NO_OVERRIDES
  ) {}

  decision(id: string): unknown {
    if (this.overrides.decisions.has(id)) return this.overrides.decisions.get(id)
    if (this.decisionValues.has(id)) return this.decisionValues.get(id)
    const decision = this.runtime.decisions.get(id)
    if (!decision) return null
    if (this.inProgress.has(id)) {
      report(this.context, problems.requirementCycle(decision.location))
      return null
    }
    this.inProgress.add(id)
    for (const problem of decision.problems) report(this.context, problem)
    const { info } = decision
    const scope: Record<string, unknown> = {}
    for (const name of decision.implicitInputs) {
      if (this.inputs[name] !== undefined) scope[name] = this.inputs[name]
    }
    for (const binding of decision.bindings) {
      scope[binding.name] =
        binding.kind === 'decision'
          ? this.decision(binding.id)
          : binding.kind === 'inputData'
            ? this.inputData(binding.id)
            : this.knowledge(binding.id)
    }
    let value = decision.evaluate(scope, this.context)
    if (decision.check) value = decision.check(value, this.context)
    this.inProgress.delete(id)
    this.decisionValues.set(id, value)
    this.trace.push({ decisionId: id, decisionName: info.name, result: value })
    return value
  }

  inputData(id: string): unknown {
    const input = this.runtime.inputData.get(id)
    if (!input) return null
    const value = this.overrides.inputData.has(id)
      ? this.overrides.inputData.get(id)
      : (this.inputs[input.info.name] ?? null)
    return input.check ? input.check(value, this.context) : value
  }

  /** The function value of a BKM or decision service, built once per run. */
  knowledge(id: string): FeelFunction | null {
    if (this.functions.has(id)) return this.functions.get(id) ?? null
    const service = this.runtime.services.get(id)
    if (service) {
      const fn = this.serviceFunction(service)
      this.functions.set(id, fn)
      return fn
    }
    const bkm = this.runtime.knowledgeModels.get(id)
    if (!bkm) return null
    for (const problem of bkm.problems) report(this.context, problem)
    // The scope is filled after the function exists, so BKMs may require each other (recursion):
    // a function reads its defining scope when it is called, not when it is made.
    const scope: Record<string, unknown> = {}
    const value = bkm.evaluate(scope, this.context)
    const fn = value instanceof FeelFunction ? value : null
    if (!fn) report(this.context, problems.notAFunction(bkm.location, bkm.info.name, value))
    this.functions.set(id, fn)
    for (const required of bkm.info.requiredKnowledge)
      this.bind(scope, required, () => this.knowledge(required))
    return fn
  }

  private bind(scope: Record<string, unknown>, id: string, value: () => unknown): void {
    const name = this.nameOf(id)
    if (name !== undefined) scope[name] = value()
  }

  private nameOf(id: string): string | undefined {
    return (
      this.runtime.decisions.get(id)?.info.name ??
      this.runtime.inputData.get(id)?.info.name ??
      this.runtime.knowledgeModels.get(id)?.info.name ??
      this.runtime.services.get(id)?.name
    )
  }

  /**
   * A decision service as a FEEL function (DMN 1.3, 10.4): parameters are its input data, then its
   * input decisions; the result is the output decision's value, or a context of all of them.
   */
  private serviceFunction(service: DecisionServiceInfo): FeelFunction {
    const parameters = [...service.inputData, ...service.inputDecisions]
    const names = parameters.map((id) => this.nameOf(id) ?? id)
    const types = parameters.map((id) =>
      this.runtime.types.resolve(
        this.runtime.inputData.get(id)?.info.typeRef ?? this.runtime.decisions.get(id)?.info.typeRef
      )
    )
    const location: Location = {
      element: { kind: 'decisionService', id: service.id, name: service.name },
      path: [],
    }
    return new FeelFunction((...args: unknown[]) => {
      // Invoked from FEEL, a service with missing or ill-typed arguments is not evaluated at all.
      if (args.length < parameters.length) {
        report(
          this.context,
          problems.evaluationFailed(
            location,
            `${parameters.length} arguments expected, ${args.length} given`
          )
        )
        return null
      }
      const values = new Map<string, unknown>()
      for (let i = 0; i < parameters.length; i++) {
        const conformance = conform(args[i] ?? null, types[i]!)
        if (!conformance.ok) {
          report(
            this.context,
            problems.typeMismatch(location, pathPart.binding(names[i]!), conformance.reason)
          )
          return null
        }
        values.set(parameters[i]!, conformance.value)
      }
      return evaluateService(this.runtime, service, values, this.context, this.trace)
    }, names)
  }
}

/** Evaluates a decision service with its parameters given by element id. */
export function evaluateService(
  runtime: Runtime,
  service: DecisionServiceInfo,
  parameters: ReadonlyMap<string, unknown>,
  context: EvaluationContext,
  trace: TraceEntry[]
): unknown {
  const decisions = new Map<string, unknown>()
  for (const id of service.inputDecisions) {
    const decision = runtime.decisions.get(id)
    const value = parameters.get(id) ?? null
    decisions.set(id, decision?.check ? decision.check(value, context) : value)
  }
  const inputData = new Map<string, unknown>()
  for (const id of service.inputData) inputData.set(id, parameters.get(id) ?? null)
  const run = new Run(runtime, {}, context, trace, { decisions, inputData })
  if (service.outputDecisions.length === 1) return run.decision(service.outputDecisions[0]!)
  const result: Record<string, unknown> = {}
  for (const id of service.outputDecisions) {
    const name = runtime.decisions.get(id)?.info.name ?? id
    result[name] = run.decision(id)
  }
  return result
}
