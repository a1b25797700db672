/**
 * The CPU-heavy work the server hands to worker threads (see derivationPool.ts): each task is a
 * pure function of plain data, so it can run on any thread and its result crosses the thread
 * boundary by structured clone. The main thread keeps the database and the sockets; these keep
 * the event loop busy for tens of milliseconds per call (parsing and writing XML, rebuilding a Yjs
 * document), which is what delayed relayed edits (docs/benchmarks.md § Collaboration).
 */
import { collectGarbage, createSeedUpdate, type SeedResult } from '@bauplan/collab'
import { checkBausteinFolder, type FolderCheckResult } from '@bauplan/domain'
import { deriveDocumentFiles } from '../collab/draftFilesDerivation'

export interface DerivationTasks {
  /** The files a draft's stored document derives to (`DraftDocuments.deriveFiles`). */
  deriveFiles(updates: Uint8Array[]): Promise<Record<string, string>>
  /** The whole-folder check (`CatalogueServiceOptions.checkFolder`). */
  checkFolder(files: Record<string, string>): Promise<FolderCheckResult>
  /**
   * A document's updates as one update with deleted content collected: the merge of every
   * compaction and the hub's own garbage collection (`DocumentHubOptions.collectGarbage`).
   */
  collectGarbage(updates: Uint8Array[]): Promise<Uint8Array>
  /** The seed of a new shared document from the draft's files (`DocumentHubOptions.createSeed`). */
  createSeed(files: Record<string, string>): Promise<SeedResult>
}

export type DerivationTaskName = keyof DerivationTasks

export const DERIVATION_TASKS: DerivationTasks = {
  deriveFiles: (updates) => deriveDocumentFiles(updates),
  checkFolder: (files) => checkBausteinFolder(files),
  collectGarbage: async (updates) => collectGarbage(updates),
  createSeed: (files) => createSeedUpdate(files),
}
