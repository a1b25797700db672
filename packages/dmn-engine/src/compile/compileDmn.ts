import type { DecisionModel } from '../model'
import { buildRuntime, type Runtime } from './buildRuntime'
import type { ModdleDefinitions } from './moddleShapes'
import { readModel } from './readModel'

/**
 * Anything shaped like a dmn-moddle `Definitions` element, e.g. `parseDmn(xml).definitions` from
 * `@bauplan/domain` (whose element type is looser than the shapes declared here).
 */
export type DmnDefinitionsLike = { readonly $type: string }

const runtimes = new WeakMap<DecisionModel, Runtime>()

/**
 * Compiles a DMN model once: reads the moddle tree into the engine's plain model and parses every
 * FEEL expression and unary test. FEEL that does not parse, unknown references and unsupported
 * boxed expressions are listed in `problems`; the rest of the model still evaluates.
 */
export function compileDmn(definitions: DmnDefinitionsLike): DecisionModel {
  const model = readModel(definitions as ModdleDefinitions)
  const runtime = buildRuntime(model)
  model.problems.push(...runtime.problems)
  runtimes.set(model, runtime)
  return model
}

/** The compiled form of a model; built on first use for a model that was not made by compileDmn. */
export function runtimeOf(model: DecisionModel): Runtime {
  let runtime = runtimes.get(model)
  if (!runtime) {
    runtime = buildRuntime(model)
    runtimes.set(model, runtime)
  }
  return runtime
}
