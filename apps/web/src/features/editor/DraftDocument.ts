import type { Problem } from '@bauplan/domain'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { CollabStatus } from './collab/collabStatus'

export interface SaveOutcome {
  /** The draft's version after saving (it changes when the metadata raised the version number). */
  version: string
  /** The stored revision, where saving makes one (the shared document has none). */
  revision?: number
  /** What the server's checks found; for a draft these are to fix before submitting. */
  problems: Problem[]
}

/** The presence (awareness) of a shared document: who is there, what they selected. */
export type SharedAwareness = WebsocketProvider['awareness']

/** What a shared document offers beyond files: the modelers bind to it instead of writing XML. */
export interface SharedDraft {
  readonly doc: Y.Doc
  readonly awareness: SharedAwareness
  /**
   * The transaction origin for the edits of one part of the draft (a model file, the forms). Undo
   * is per origin, so Ctrl+Z in the BPMN modeler never reverts a metadata field typed meanwhile.
   */
  originFor(part: string): unknown
  status(): CollabStatus
}

/**
 * The files of one draft as the editor edits them: one BPMN model, any number of DMN models and the
 * metadata. Two implementations: `ApiDraftDocument` (loaded and saved whole over the API) and
 * `CollabDraftDocument` (the shared Yjs document; remote edits arrive through `subscribe`).
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
  /** Called after every change (local or remote) and after load and save. */
  subscribe(listener: () => void): () => void
  /** Present when the draft is edited together (CollabDraftDocument). */
  readonly shared?: SharedDraft
}
