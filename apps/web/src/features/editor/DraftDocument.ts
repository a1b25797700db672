import type { Problem } from '@bauplan/domain'

export interface SaveOutcome {
  /** The draft's version after saving (it changes when the metadata raised the version number). */
  version: string
  revision: number
  /** What the server's checks found; for a draft these are to fix before submitting. */
  problems: Problem[]
}

/**
 * The files of one draft as the editor edits them: one BPMN model, any number of DMN models and the
 * metadata. This is the seam for collaboration: a Yjs-backed document can implement the same
 * interface (remote edits arrive through `subscribe`) without the editor changing.
 */
export interface DraftDocument {
  readonly blockId: string
  /** The version the draft is stored under (may change on save, see SaveOutcome). */
  readonly version: string
  load(): Promise<void>
  bpmnFileName(): string | undefined
  dmnFileNames(): string[]
  getBpmnXml(): string | undefined
  setBpmnXml(xml: string): void
  getDmnXml(file: string): string | undefined
  /** Sets a DMN file's text; a new name adds the file. */
  setDmnXml(file: string, xml: string): void
  /** Any other file of the folder as text (entscheidungstests.json); undefined when absent. */
  getTextFile(file: string): string | undefined
  /** Sets such a file's text; a new name adds the file. */
  setTextFile(file: string, text: string): void
  /** The parsed baustein.json, or undefined when it is not readable JSON (see `files()`). */
  getMetadata(): unknown
  setMetadata(value: unknown): void
  /** Every file of the draft as it would be saved now. */
  files(): Readonly<Record<string, string>>
  isDirty(): boolean
  save(): Promise<SaveOutcome>
  /** Called after every change (local or, later, remote) and after load and save. */
  subscribe(listener: () => void): () => void
}
