import type { Problem } from '@bauplan/domain'
import type { Evaluator } from '../evaluate/evaluationContext'
import { FeelSyntaxError } from '../feel/compileExpression'
import { pathPart, type Location } from '../location'
import type {
  BusinessKnowledgeModelInfo,
  DecisionInfo,
  DecisionModel,
  DecisionServiceInfo,
  InputDataInfo,
} from '../model'
import { problems } from '../problems'
import { TypeRegistry } from '../types/typeRegistry'
import { compileBoxed } from './compileBoxed'
import type { CompileContext } from './compileContext'
import { typeCheck, type TypeCheck } from './feelCells'

/** A decision ready to evaluate: its logic compiled against the names its requirements bind. */
export interface CompiledDecision {
  info: DecisionInfo
  evaluate: Evaluator
  check?: TypeCheck
  location: Location
  /** Names its expressions read that nothing in the model declares: Camunda-style free inputs. */
  implicitInputs: string[]
  /** Compile problems inside this decision (reported again when it is evaluated). */
  problems: Problem[]
  /** What to bind in its scope, by name, resolved once: required decisions, inputs, knowledge. */
  bindings: Array<{ kind: 'decision' | 'inputData' | 'knowledge'; id: string; name: string }>
}

export interface CompiledInputData {
  info: InputDataInfo
  check?: TypeCheck
  location: Location
}

export interface CompiledKnowledgeModel {
  info: BusinessKnowledgeModelInfo
  /** Evaluated with the BKM's requirements in scope, gives the BKM's function value. */
  evaluate: Evaluator
  location: Location
  problems: Problem[]
}

export interface Runtime {
  model: DecisionModel
  decisions: Map<string, CompiledDecision>
  inputData: Map<string, CompiledInputData>
  knowledgeModels: Map<string, CompiledKnowledgeModel>
  services: Map<string, DecisionServiceInfo>
  /** Names an input may have: input data, decisions (for services) and implicit inputs. */
  acceptedInputNames: Set<string>
  types: TypeRegistry
  problems: Problem[]
}

/** Compiles every decision, BKM and type of a plain model. FEEL is parsed here, once. */
export function buildRuntime(model: DecisionModel): Runtime {
  const cc: CompileContext = {
    types: new TypeRegistry(model.itemDefinitions),
    problems: [],
    usedNames: new Set(),
  }
  const names = new Map<string, string>()
  for (const element of [
    ...model.decisions,
    ...model.inputData,
    ...model.businessKnowledgeModels,
    ...model.decisionServices,
  ]) {
    names.set(element.id, element.name)
  }
  const declaredNames = new Set(names.values())
  const nameOf = (id: string, location: Location): string[] => {
    const name = names.get(id)
    if (name !== undefined) return [name]
    cc.problems.push(problems.unknownReference(location, id))
    return []
  }

  const inputData = new Map<string, CompiledInputData>()
  for (const info of model.inputData) {
    const location: Location = {
      element: { kind: 'inputData', id: info.id, name: info.name },
      path: [],
    }
    const check = typeCheck(
      info.typeRef,
      { de: `Die Eingabe „${info.name}“`, en: `The input "${info.name}"` },
      location,
      cc
    )
    inputData.set(info.id, { info, ...(check ? { check } : {}), location })
  }

  const knowledgeModels = new Map<string, CompiledKnowledgeModel>()
  for (const info of model.businessKnowledgeModels) {
    const location: Location = {
      element: { kind: 'businessKnowledgeModel', id: info.id, name: info.name },
      path: [],
    }
    const before = cc.problems.length
    const scope = info.requiredKnowledge.flatMap((id) => nameOf(id, location))
    const evaluate: Evaluator = info.logic
      ? compileBoxed(info.logic, scope, location, cc)
      : () => null
    knowledgeModels.set(info.id, { info, evaluate, location, problems: cc.problems.slice(before) })
  }

  const decisions = new Map<string, CompiledDecision>()
  const acceptedInputNames = new Set<string>(model.inputData.map((input) => input.name))
  for (const info of model.decisions) {
    acceptedInputNames.add(info.name)
    const location: Location = {
      element: { kind: 'decision', id: info.id, name: info.name },
      path: [],
    }
    const before = cc.problems.length
    const bindings = [
      ...info.requiredDecisions.map((id) => ({ kind: 'decision' as const, id })),
      ...info.requiredInputs.map((id) => ({ kind: 'inputData' as const, id })),
      ...info.requiredKnowledge.map((id) => ({ kind: 'knowledge' as const, id })),
    ].flatMap((binding) => nameOf(binding.id, location).map((name) => ({ ...binding, name })))
    const scope = bindings.map((binding) => binding.name)
    cc.usedNames.clear()
    const evaluate: Evaluator = info.logic
      ? compileBoxed(info.logic, scope, location, cc)
      : () => null
    const implicitInputs = [...cc.usedNames].filter(
      (name) => !scope.includes(name) && !declaredNames.has(name)
    )
    for (const name of implicitInputs) acceptedInputNames.add(name)
    const check = typeCheck(info.typeRef, { de: 'Das Ergebnis', en: 'The result' }, location, cc)
    decisions.set(info.id, {
      info,
      evaluate,
      ...(check ? { check } : {}),
      location,
      implicitInputs,
      problems: cc.problems.slice(before),
      bindings,
    })
  }
  // Resolve every item definition now, so bad allowed values are reported even if unused.
  for (const definition of model.itemDefinitions) cc.types.resolve(definition.name)
  for (const { name, error } of cc.types.problems) {
    const location: Location = {
      element: { kind: 'itemDefinition', id: name, name },
      path: [pathPart.allowedValues()],
    }
    cc.problems.push(
      error instanceof FeelSyntaxError
        ? problems.feelSyntax(location, error.text, error.issue, 'unaryTests')
        : problems.evaluationFailed(location, error)
    )
  }
  return {
    model,
    decisions,
    inputData,
    knowledgeModels,
    services: new Map(model.decisionServices.map((service) => [service.id, service])),
    acceptedInputNames,
    types: cc.types,
    problems: cc.problems,
  }
}
