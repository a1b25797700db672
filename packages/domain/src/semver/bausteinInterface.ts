import type { LocalizedText } from '../problem'
import type { BumpKind } from './version'

/**
 * What callers of a building block see of it: the process they call, the data they hand in and get
 * back, and the decisions they can evaluate. Everything else (layout, wording, internal tasks) is
 * free to change in a patch. Field groups (`datentyp: 'obj'`) may nest `felder`; nested fields are
 * compared by their dotted path (`antragsteller.name`).
 */
export interface InterfaceField {
  id: string
  datentyp: string
  required: boolean
  felder?: readonly InterfaceField[]
}

export interface InterfaceDecision {
  id: string
  /** Names of the variables the caller supplies. */
  inputs: readonly string[]
  /** Names of the results the caller reads. */
  outputs: readonly string[]
}

export interface BausteinInterface {
  processId: string
  inputs: readonly InterfaceField[]
  outputs: readonly InterfaceField[]
  decisions: readonly InterfaceDecision[]
}

export interface InterfaceChange {
  /** e.g. `inputMadeRequired`, `outputRemoved`, `decisionAdded`. */
  kind: string
  bump: BumpKind
  /** The process id, field path or decision id the change is about. */
  subject: string
  message: LocalizedText
}

/** Builds one change entry; keeps the comparison code free of object boilerplate. */
export function change(
  kind: string,
  bump: BumpKind,
  subject: string,
  de: string,
  en: string
): InterfaceChange {
  return { kind, bump, subject, message: { de, en } }
}
