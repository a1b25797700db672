import type { DocumentPersistence, MergeUpdates, StoredLogSize } from './persistence'

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

  async compact(docName: string, merge: MergeUpdates): Promise<StoredLogSize> {
    const read = [...(this.logs.get(docName) ?? [])]
    if (read.length === 0) return sizeOf(read)
    const merged = (await merge(read.map((update) => update.slice()))).slice()
    // Appends meanwhile only pushed behind what was read; a compaction meanwhile replaced the log.
    const log = this.logs.get(docName) ?? []
    const unchanged = read.every((update, index) => log[index] === update)
    if (!unchanged) return sizeOf(log)
    const compacted = [merged, ...log.slice(read.length)]
    this.logs.set(docName, compacted)
    return sizeOf(compacted)
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
