/**
 * A reference from one building block to another: the catalogue id of the block that is called and
 * the semver range of its versions the caller accepts (decision 0004: `bauplan:baustein` and
 * `bauplan:version` on a BPMN call activity).
 */
export interface BausteinRef {
  id: string
  versionRange: string
}

/** A reference together with the BPMN element it was found on, so problems can point there. */
export interface LocatedBausteinRef extends BausteinRef {
  /** Id of the call activity that carries the reference. */
  elementId?: string
}

/** A reference pinned to the exact published version that satisfies its range. */
export interface ResolvedBausteinRef extends LocatedBausteinRef {
  version: string
}

/**
 * What reference collection needs to know about a call activity. Structural on purpose: it accepts
 * the call activities of `readBpmnFacts` without tying this module to the BPMN reader. Both parts of
 * `bausteinRef` are optional here because a model may carry only one of the two attributes.
 */
export interface CallActivityReferenceInput {
  id: string
  name?: string
  calledElement?: string
  bausteinRef?: { id?: string; versionRange?: string }
}

export interface ReferenceProblemOptions {
  /** File the references were read from, e.g. `hundesteuer-anmelden.bpmn`. */
  file?: string
}

/** Same pattern as `$defs/bausteinId` in the metadata schema, so a reference can only name ids that can exist. */
export const BAUSTEIN_ID_PATTERN = /^urn:[a-z0-9][a-z0-9-]{0,31}(:[a-z0-9][a-z0-9._-]*)+$/
export const BAUSTEIN_ID_MAX_LENGTH = 200

export function isBausteinId(value: string): boolean {
  return value.length <= BAUSTEIN_ID_MAX_LENGTH && BAUSTEIN_ID_PATTERN.test(value)
}
