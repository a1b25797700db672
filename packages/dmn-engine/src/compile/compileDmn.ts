import type { DecisionModel } from '../model'
import { buildRuntime, type Runtime } from './buildRuntime'
import type { ModdleDefinitions } from './moddleShapes'
import { readModel } from './readModel'
import { recoverNewerBoxedExpressions } from './readXmlExpressions'

/**
 * A dmn-moddle `Definitions` element, e.g. `parseDmn(xml).definitions` from `@bauplan/domain`.
 * Typed loosely on purpose: moddle elements are typed differently by each package that declares
 * them, and the engine reads them defensively through its own shapes (moddleShapes.ts).
 */
export type DmnDefinitionsLike = object

const runtimes = new WeakMap<DecisionModel, Runtime>()

/**
 * Compiles a DMN model once: reads the moddle tree into the engine's plain model and parses every
 * FEEL expression and unary test. FEEL that does not parse, unknown references and unsupported
 * boxed expressions are listed in `problems`; the rest of the model still evaluates.
 */
export interface CompileDmnOptions {
  /**
   * The XML the definitions were parsed from. dmn-moddle reads DMN 1.3 and drops the boxed
   * expressions DMN 1.4/1.5 added (conditional, for, every, some, filter); with the source, a
   * decision using one is read from the XML instead. Pass it only after `parseDmn` accepted it.
   */
  source?: string
}

export function compileDmn(
  definitions: DmnDefinitionsLike,
  options: CompileDmnOptions = {}
): DecisionModel {
  const model = readModel(definitions as ModdleDefinitions)
  if (options.source !== undefined) recoverNewerBoxedExpressions(model, options.source)
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
