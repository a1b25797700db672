import { METADATA_FILE } from '@bauplan/domain'
import type { DraftApi } from './draftApi'
import type { DraftDocument, SaveOutcome } from './DraftDocument'

/** baustein.json as the repository's models write it: two-space indent, final newline. */
export function serializeMetadata(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * A draft kept in memory and saved as a whole through `PUT …/:version` with the revision it was
 * loaded at, so a concurrent change by someone else is refused (409) instead of overwritten.
 */
export class ApiDraftDocument implements DraftDocument {
  private texts: Record<string, string> = {}
  private metadata: unknown
  private revision: number | undefined
  private changes = 0
  private savedChanges = 0
  private readonly listeners = new Set<() => void>()
  private currentVersion: string

  constructor(
    private readonly api: DraftApi,
    readonly blockId: string,
    version: string
  ) {
    this.currentVersion = version
  }

  get version(): string {
    return this.currentVersion
  }

  async load(): Promise<void> {
    const detail = await this.api.getVersion(this.blockId, this.currentVersion)
    const names = detail.files.map((file) => file.name)
    if (!names.includes(METADATA_FILE)) names.push(METADATA_FILE)
    const texts = await Promise.all(
      names.map((name) => this.api.getFileText(this.blockId, this.currentVersion, name))
    )
    this.texts = Object.fromEntries(names.map((name, i) => [name, texts[i] ?? '']))
    this.metadata = parseJson(this.texts[METADATA_FILE] ?? '')
    this.revision = detail.version.revision
    this.changes = this.savedChanges = 0
    this.notify()
  }

  bpmnFileName(): string | undefined {
    return Object.keys(this.texts).find((name) => name.endsWith('.bpmn'))
  }

  dmnFileNames(): string[] {
    return Object.keys(this.texts)
      .filter((name) => name.endsWith('.dmn'))
      .sort()
  }

  getBpmnXml(): string | undefined {
    const name = this.bpmnFileName()
    return name === undefined ? undefined : this.texts[name]
  }

  setBpmnXml(xml: string): void {
    const name = this.bpmnFileName() ?? 'prozess.bpmn'
    this.change(() => (this.texts[name] = xml), this.texts[name] === xml)
  }

  getDmnXml(file: string): string | undefined {
    return this.texts[file]
  }

  setDmnXml(file: string, xml: string): void {
    this.change(() => (this.texts[file] = xml), this.texts[file] === xml)
  }

  getTextFile(file: string): string | undefined {
    return this.texts[file]
  }

  setTextFile(file: string, text: string): void {
    this.change(() => (this.texts[file] = text), this.texts[file] === text)
  }

  getMetadata(): unknown {
    return this.metadata
  }

  setMetadata(value: unknown): void {
    this.change(() => (this.metadata = value), value === this.metadata)
  }

  files(): Readonly<Record<string, string>> {
    return this.metadata === undefined
      ? { ...this.texts }
      : { ...this.texts, [METADATA_FILE]: serializeMetadata(this.metadata) }
  }

  isDirty(): boolean {
    return this.changes !== this.savedChanges
  }

  async save(): Promise<SaveOutcome> {
    const files = this.files()
    const changesAtStart = this.changes
    const result = await this.api.replaceDraftFiles(
      this.blockId,
      this.currentVersion,
      { ...files },
      this.revision
    )
    this.revision = result.version.revision
    this.currentVersion = result.version.version
    // Edits made while the request was under way stay unsaved.
    this.savedChanges = changesAtStart
    this.notify()
    return {
      version: result.version.version,
      revision: result.version.revision,
      problems: result.problems,
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private change(apply: () => void, unchanged: boolean): void {
    if (unchanged) return
    apply()
    this.changes++
    this.notify()
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
