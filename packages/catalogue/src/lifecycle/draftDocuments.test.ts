import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { SYSTEM_ACTOR } from './actor'
import { createCatalogueService } from './catalogueService'
import type { VersionKey } from '../model/inputs'
import { DocumentMovedOnError, retryWhileDocumentMoves } from './documentErrors'
import {
  deriveDraftDocument,
  hasDraftDocument,
  logUnchangedSince,
  type DraftDocuments,
} from './draftDocuments'
import { TransactionMisuseError } from '../errors'
import { ForbiddenError } from './errors'
import { readFolder } from './operationSupport'
import { sqlite } from './testing/backends'
import { folder } from './testing/folders'
import { SLOW } from './testing/slow'
import { blockId, createWorld, SN, type World } from './testing/world'

// The catalogue's side of drafts with a shared document that needs no collaboration layer. What
// the server injects (derivation, merging into the live document) is tested end to end in
// apps/server/src/collab/draftFiles.test.ts on SQLite and PostgreSQL.

const ID = blockId('identitaet-pruefen')

/** Derives a folder whose task is named after the number of updates (`Schritt <n>`). */
const stepDocuments: DraftDocuments = {
  deriveFiles: async (updates) => folder({ id: ID, taskName: `Schritt ${updates.length}` }),
  mergeFiles: async () => undefined,
}

/** The store, counting whole-log reads outside and inside its transactions. */
function countingLogLoads(inner: CatalogueStore) {
  const loads = { outside: 0, inside: 0 }
  const counting = (target: CatalogueStore, where: keyof typeof loads): CatalogueStore =>
    new Proxy(target, {
      get(object, property, receiver) {
        if (property === 'loadCollabUpdates') {
          return (key: VersionKey) => {
            loads[where] += 1
            return object.loadCollabUpdates(key)
          }
        }
        if (property === 'transaction') {
          return <T>(fn: (tx: CatalogueStore) => Promise<T>) =>
            object.transaction((tx) => fn(counting(tx, 'inside')))
        }
        return Reflect.get(object, property, receiver) as unknown
      },
    })
  return { store: counting(inner, 'outside'), loads }
}

describe('retryWhileDocumentMoves', () => {
  it('runs the operation again while the document moves on, at most five times', async () => {
    let runs = 0
    const result = await retryWhileDocumentMoves(async () => {
      runs += 1
      if (runs < 3) throw new DocumentMovedOnError('x@1.0.0')
      return 'done'
    })
    expect(result).toBe('done')
    expect(runs).toBe(3)

    runs = 0
    const endless = retryWhileDocumentMoves(async () => {
      runs += 1
      throw new DocumentMovedOnError('x@1.0.0')
    })
    await expect(endless).rejects.toBeInstanceOf(DocumentMovedOnError)
    expect(runs).toBe(5)
  })

  it('passes any other error on at once', async () => {
    let runs = 0
    const failing = retryWhileDocumentMoves(async () => {
      runs += 1
      throw new Error('disk full')
    })
    await expect(failing).rejects.toThrow('disk full')
    expect(runs).toBe(1)
  })
})

describe('followDraftDocument', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
  })
  afterEach(() => store.close())

  it('is for the system only', async () => {
    await expect(w.service.followDraftDocument(w.analyst, ID, '1.0.0')).rejects.toBeInstanceOf(
      ForbiddenError
    )
  })

  it('does nothing without a collaboration layer or without a document', async () => {
    const before = await store.getVersion({ blockId: ID, version: '1.0.0' })
    expect(await w.service.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')).toBeUndefined()
    const derivations: number[] = []
    const withDocuments = createCatalogueService({
      store,
      draftDocuments: {
        deriveFiles: async (updates) => {
          derivations.push(updates.length)
          return {}
        },
        mergeFiles: async () => undefined,
      },
    })
    // No update stored: the draft has no document, nothing is derived or written.
    expect(await withDocuments.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')).toBeUndefined()
    expect(derivations).toEqual([])
    expect(await store.getVersion({ blockId: ID, version: '1.0.0' })).toEqual(before)
  })

  it('writes the metadata (and the search index) only when the document changed it', async () => {
    let derived = folder({ id: ID, taskName: 'Prüfen' })
    const service = createCatalogueService({
      store,
      draftDocuments: {
        deriveFiles: async () => ({ ...derived }),
        mergeFiles: async () => undefined,
      },
    })
    const key = { blockId: ID, version: '1.0.0' }
    // Any stored update makes a document; the fake derivation ignores its content.
    await store.appendCollabUpdate({ ...key, update: new Uint8Array([1]), maxDocumentBytes: 1000 })
    const found = async (text: string) =>
      (await service.search(w.analyst, { text, states: ['entwurf'] })).hits.map((h) => h.blockId)

    // A model change: the files are written, the metadata stays as stored (no re-index).
    const before = await store.getVersion(key)
    const afterModel = await service.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')
    expect(afterModel?.revision).toBe((before?.revision ?? 0) + 1)
    expect(afterModel?.metadata).toEqual(before?.metadata)

    // A metadata change: written, and the draft is found by its new name.
    expect(await found('Hundeanmeldung')).toEqual([])
    derived = folder({ id: ID, taskName: 'Prüfen', name: 'Hundeanmeldung' })
    const afterName = await service.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')
    expect(afterName?.metadata.name).toBe('Hundeanmeldung')
    expect(await found('Hundeanmeldung')).toEqual([ID])
  })

  /**
   * Runs a write-back whose derivation calls `duringDerivation` (editors appending, someone
   * writing the draft); returns where each derivation ran and the text of the stored files.
   */
  async function followWhile(duringDerivation: (count: number) => Promise<void>) {
    const derivations: { updates: number; insideTransaction: boolean }[] = []
    const service = createCatalogueService({
      store,
      draftDocuments: {
        deriveFiles: async (updates) => {
          // The outer store refuses calls inside one of its transactions: that tells where we are.
          const insideTransaction = await store.getVersion(key).then(
            () => false,
            (error: unknown) => error instanceof TransactionMisuseError
          )
          derivations.push({ updates: updates.length, insideTransaction })
          if (!insideTransaction) await duringDerivation(derivations.length)
          return folder({ id: ID, taskName: `Schritt ${updates.length}` })
        },
        mergeFiles: async () => undefined,
      },
    })
    const written = await service.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')
    if (written === undefined) throw new Error('the files were not written')
    return { derivations, stored: Object.values(await readFolder(store, written)).join('\n') }
  }

  const key = { blockId: ID, version: '1.0.0' }
  const append = (byte: number) =>
    store.appendCollabUpdate({ ...key, update: new Uint8Array([byte]), maxDocumentBytes: 1000 })

  it('derives again outside its transaction when editors appended meanwhile', async () => {
    await append(1)
    const { derivations, stored } = await followWhile(async (count) => {
      if (count === 1) await append(2)
    })
    expect(derivations).toEqual([
      { updates: 1, insideTransaction: false },
      { updates: 2, insideTransaction: false },
    ])
    expect(stored).toContain('Schritt 2')
  })

  it('stores the last derivation when editors keep appending, never deriving under the lock', async () => {
    await append(1)
    let next = 2
    const { derivations, stored } = await followWhile(() => append(next++).then(() => undefined))
    expect(derivations).toEqual([
      { updates: 1, insideTransaction: false },
      { updates: 2, insideTransaction: false },
    ])
    // The log has three updates by now; the files are those of the first two, and the third
    // scheduled the next write-back in the server.
    expect(await store.loadCollabUpdates(key)).toHaveLength(3)
    expect(stored).toContain('Schritt 2')
  })

  it('reads the log once, outside its transaction; inside only the totals', async () => {
    await append(1)
    await append(2)
    const { store: counted, loads } = countingLogLoads(store)
    const service = createCatalogueService({ store: counted, draftDocuments: stepDocuments })
    const written = await service.followDraftDocument(SYSTEM_ACTOR, ID, '1.0.0')
    expect(written?.revision).toBeGreaterThan(1)
    expect(loads).toEqual({ outside: 1, inside: 0 })
  })

  it('derives under the lock when someone else wrote the draft meanwhile', async () => {
    await append(1)
    const { derivations, stored } = await followWhile(async (count) => {
      if (count !== 1) return
      // A write of the draft (its revision moves) plus an editor's append.
      const current = await store.getVersion(key)
      await store.updateDraft({ ...key, expectedRevision: current?.revision ?? 0 })
      await append(2)
    })
    expect(derivations).toEqual([
      { updates: 1, insideTransaction: false },
      { updates: 2, insideTransaction: true },
    ])
    expect(stored).toContain('Schritt 2')
  })
})

describe('the log totals stand for the log', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  const key = { blockId: ID, version: '1.0.0' }
  const append = (byte: number) =>
    store.appendCollabUpdate({ ...key, update: new Uint8Array([byte]), maxDocumentBytes: 1000 })
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
    await append(1)
    await append(2)
  })
  afterEach(() => store.close())

  it('a write through the document reads the log once, outside its transaction', async () => {
    const { store: counted, loads } = countingLogLoads(store)
    const service = createCatalogueService({ store: counted, draftDocuments: stepDocuments })
    const result = await service.updateDraft(
      w.analyst,
      ID,
      '1.0.0',
      folder({ id: ID, taskName: 'Neu' })
    )
    expect(result.version.revision).toBeGreaterThan(1)
    expect(loads).toEqual({ outside: 1, inside: 0 })
  })

  it('submitting reads the log once, outside its transaction', async () => {
    const { store: counted, loads } = countingLogLoads(store)
    const service = createCatalogueService({ store: counted, draftDocuments: stepDocuments })
    const result = await service.submit(w.analyst, ID, '1.0.0')
    expect(result.version.state).toBe('in_pruefung')
    expect(Object.values(await readFolder(store, result.version)).join('\n')).toContain('Schritt 2')
    expect(loads).toEqual({ outside: 1, inside: 0 })
  })

  it('a compaction since a derivation is no change; an append is', async () => {
    let derivations = 0
    const documents: DraftDocuments = {
      ...stepDocuments,
      deriveFiles: async (updates) => {
        derivations += 1
        return stepDocuments.deriveFiles(updates)
      },
    }
    const first = await deriveDraftDocument(store, documents, key)
    expect(first?.lastSeq).toBe(2)
    await store.compactCollabUpdates({ ...key, merge: () => new Uint8Array([1, 2]) })
    expect(await logUnchangedSince(store, key, first)).toBe(true)
    expect(await deriveDraftDocument(store, documents, key, first)).toBe(first)
    expect(derivations).toBe(1)
    await append(3)
    expect(await logUnchangedSince(store, key, first)).toBe(false)
    const next = await deriveDraftDocument(store, documents, key, first)
    expect(next?.lastSeq).toBe(3)
    expect(next?.updates).toHaveLength(2)
    expect(derivations).toBe(2)
  })

  it('a draft without a document has none, and its unchanged log is an empty one', async () => {
    const other = blockId('ohne-dokument')
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: other }) })
    const empty = { blockId: other, version: '1.0.0' }
    expect(await hasDraftDocument(store, empty)).toBe(false)
    expect(await logUnchangedSince(store, empty, undefined)).toBe(true)
    expect(await deriveDraftDocument(store, stepDocuments, empty)).toBeUndefined()
    expect(await hasDraftDocument(store, key)).toBe(true)
    expect(await logUnchangedSince(store, key, undefined)).toBe(false)
  })
})
