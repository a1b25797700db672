import type { DocumentPersistence, StoredLogSize } from './persistence'

/** Updates kept in memory: for tests and single-process development, not durable. */
export class MemoryPersistence implements DocumentPersistence {
  private readonly logs = new Map<string, Uint8Array[]>()

  async load(docName: string): Promise<Uint8Array[]> {
    return [...(this.logs.get(docName) ?? [])]
  }

  async append(docName: string, update: Uint8Array): Promise<StoredLogSize> {
    const log = this.logs.get(docName) ?? []
    log.push(update.slice())
    this.logs.set(docName, log)
    return sizeOf(log)
  }

  async compact(
    docName: string,
    merge: (updates: Uint8Array[]) => Uint8Array
  ): Promise<StoredLogSize> {
    // Synchronous from reading the log to replacing it: nothing can be appended in between.
    const log = this.logs.get(docName) ?? []
    if (log.length === 0) return sizeOf(log)
    const merged = [merge(log.map((update) => update.slice())).slice()]
    this.logs.set(docName, merged)
    return sizeOf(merged)
  }

  /** The stored log (a copy), for tests. */
  stored(docName: string): Uint8Array[] {
    return [...(this.logs.get(docName) ?? [])]
  }
}

function sizeOf(log: Uint8Array[]): StoredLogSize {
  return {
    storedBytes: log.reduce((sum, update) => sum + update.length, 0),
    storedUpdates: log.length,
  }
}
