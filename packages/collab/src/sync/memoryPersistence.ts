import type { DocumentPersistence } from './persistence'

/** Updates kept in memory: for tests and single-process development, not durable. */
export class MemoryPersistence implements DocumentPersistence {
  private readonly logs = new Map<string, Uint8Array[]>()

  async load(docName: string): Promise<Uint8Array[]> {
    return [...(this.logs.get(docName) ?? [])]
  }

  async append(docName: string, update: Uint8Array): Promise<void> {
    const log = this.logs.get(docName) ?? []
    log.push(update.slice())
    this.logs.set(docName, log)
  }

  async compact(docName: string, state: Uint8Array, replacedCount: number): Promise<void> {
    const log = this.logs.get(docName) ?? []
    this.logs.set(docName, [state.slice(), ...log.slice(replacedCount)])
  }

  /** The stored log (a copy), for tests. */
  stored(docName: string): Uint8Array[] {
    return [...(this.logs.get(docName) ?? [])]
  }
}
