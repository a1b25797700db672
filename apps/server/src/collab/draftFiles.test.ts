import type { VersionKey } from '@bauplan/catalogue'
import { rename, setJsonValue } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import type * as Yjs from 'yjs'
import { blockUrl, FIXTURE_BPMN, fixtureFolder } from '../testing/fixtureBlock'
import { deriveDocumentFiles, documentOf } from './draftFilesDerivation'
import { eventually, type ProviderClient } from './testing/collabClients'
import { draftFilesBackends, useDraftFilesFixture } from './testing/draftFilesFixture'

// A draft's files follow its shared document (docs/collaboration.md § Derivation): written back a
// moment after editors' updates, derived atomically on submit, and REST writes go into the live
// document. Real server, real y-websocket clients, the catalogue's durable log; on SQLite always and
// on PostgreSQL with DATABASE_URL.

const TASK = 'Activity_NachweisPruefen'
const backends = draftFilesBackends('Draft files', 'bp_draftfiles')

describe.each(backends)('draft files follow the shared document ($name)', (backend) => {
  const fixture = useDraftFilesFixture(backend, 'identitaet-pruefen')
  const { newDraft, editor, files, storedDocumentFiles, put } = fixture

  /** The client's document as @bauplan/collab's operations take it (one Yjs instance). */
  function docOf(connected: ProviderClient): Yjs.Doc {
    return connected.doc as unknown as Yjs.Doc
  }

  /**
   * Equal files; `baustein.json` compared as JSON (PostgreSQL keeps metadata as JSONB, which orders
   * keys its own way).
   */
  function expectSameFolder(
    actual: Record<string, string>,
    expected: Record<string, string>
  ): void {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
    for (const name of Object.keys(expected)) {
      if (name === 'baustein.json') expect(metadataOf(actual)).toEqual(metadataOf(expected))
      else expect(actual[name], name).toBe(expected[name])
    }
  }

  function metadataOf(folder: Record<string, string>): Record<string, unknown> {
    return JSON.parse(folder['baustein.json'] ?? '{}') as Record<string, unknown>
  }

  /**
   * Seeds the document (an editor connects and leaves), then stores an edit of `bezeichnung` past
   * the hub: no write-back is scheduled, so the files do not show it.
   */
  async function editEverywhereButTheFiles(key: VersionKey, bezeichnung: string): Promise<void> {
    const seeding = await editor('anna', key)
    seeding.provider.destroy()
    const doc = documentOf(await fixture.t.store.loadCollabUpdates(key))
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    setJsonValue(doc, 'test', 'baustein.json', ['bezeichnung'], bezeichnung)
    doc.destroy()
    for (const update of updates) {
      await fixture.t.store.appendCollabUpdate({
        ...key,
        update,
        maxDocumentBytes: 64 * 1024 * 1024,
      })
    }
  }

  function submit(key: VersionKey) {
    return fixture.t.app.inject({
      method: 'POST',
      url: blockUrl(key.blockId, `/versionen/${key.version}/einreichen`),
      headers: fixture.annaLogin.headers,
      payload: {},
    })
  }

  it('writes the files back a moment after editors change the document', async () => {
    const key = await newDraft()
    const revisionBefore = (await fixture.t.store.getVersion(key))?.revision
    const anna = await editor('anna', key)
    const bernd = await editor('bernd', key)
    setJsonValue(
      docOf(anna),
      'anna',
      'baustein.json',
      ['bezeichnung'],
      'Identität gemeinsam prüfen'
    )
    rename(docOf(bernd), 'bernd', TASK, 'Nachweis gemeinsam prüfen')
    await eventually(
      async () => {
        const folder = await files(key)
        return (
          metadataOf(folder).bezeichnung === 'Identität gemeinsam prüfen' &&
          (folder[FIXTURE_BPMN] ?? '').includes('name="Nachweis gemeinsam prüfen"')
        )
      },
      15_000,
      'the files to follow the document'
    )
    // What is stored is exactly the document's derivation, under the draft's own key.
    expectSameFolder(await files(key), await storedDocumentFiles(key))
    const after = await fixture.t.store.getVersion(key)
    expect(after?.state).toBe('entwurf')
    expect(after?.revision).toBeGreaterThan(revisionBefore ?? 0)
    // Writes while editing leave no audit entry of their own (the log is the edit history).
    const audit = await fixture.t.store.listAudit({ blockId: key.blockId })
    expect(audit.items.filter((entry) => entry.action === 'version.draftUpdated')).toHaveLength(0)
  })

  it('submits every acknowledged edit, made concurrently over WebSockets, and nothing after', async () => {
    const key = await newDraft()
    const anna = await editor('anna', key)
    const bernd = await editor('bernd', key)
    // The server turns a writer of a submitted draft read-only (auth message "permission denied").
    let denied = false
    const closeCodes: number[] = []
    const events = anna.provider as unknown as {
      on(event: 'connection-close', handler: (close: { code: number } | null) => void): void
    }
    events.on('connection-close', (close) => {
      if (close) closeCodes.push(close.code)
    })
    const authHandler = anna.provider.messageHandlers[2]
    anna.provider.messageHandlers[2] = (...args) => {
      denied = true
      authHandler?.(...args)
    }
    let edits = 0
    let editing = true
    const annaEdits = (async () => {
      while (editing) {
        edits += 1
        setJsonValue(docOf(anna), 'anna', 'baustein.json', ['bezeichnung'], `Stand ${edits}`)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    for (let i = 1; i <= 5; i++) rename(docOf(bernd), 'bernd', TASK, `Nachweis prüfen ${i}`)
    // Both have edits stored (message 1 of each connection is its sync step 2).
    await eventually(() => anna.saved() >= 6 && bernd.saved() >= 6, 10_000, 'stored edits')
    const submitted = await submit(key)
    editing = false
    await annaEdits
    expect(submitted.statusCode, submitted.body).toBe(200)
    // One more edit: refused, by the frozen log (the hub closes with 1011) or, once the access
    // re-check has run, as a reader's.
    setJsonValue(docOf(anna), 'anna', 'baustein.json', ['bezeichnung'], 'zu spät')
    await eventually(() => closeCodes.includes(1011) || denied, 10_000, 'the refused edit')

    const version = await files(key)
    // Nothing half-applied: the submitted version is the whole stored document, and the stored
    // document ends where the submission froze it.
    expectSameFolder(version, await storedDocumentFiles(key))
    const submittedName = String(metadataOf(version).bezeichnung)
    const lastAcknowledged = anna.saved() - 1
    expect(Number(submittedName.replace('Stand ', ''))).toBeGreaterThanOrEqual(lastAcknowledged)
    expect(version[FIXTURE_BPMN]).toContain('name="Nachweis prüfen 5"')
    expect(submittedName).not.toBe('zu spät')
    expect((await fixture.t.store.getVersion(key))?.state).toBe('in_pruefung')
  })

  it('submits edits the files do not show yet (derived from the log in the submission)', async () => {
    const key = await newDraft()
    await editEverywhereButTheFiles(key, 'nur im Dokument')
    expect(metadataOf(await files(key)).bezeichnung).not.toBe('nur im Dokument')
    const submitted = await submit(key)
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(metadataOf(await files(key)).bezeichnung).toBe('nur im Dokument')
    const audit = await fixture.t.store.listAudit({ blockId: key.blockId })
    const entry = audit.items.find((item) => item.action === 'version.submitted')
    expect(entry?.details.documentUpdates).toBeGreaterThanOrEqual(2)
  })

  it('puts a REST write into the live document: connected editors receive it, it is stored', async () => {
    const key = await newDraft()
    const anna = await editor('anna', key)
    const revision = (await fixture.t.store.getVersion(key))?.revision
    const folder = await fixtureFolder((metadata) => {
      metadata.bezeichnung = 'Per REST geändert'
    }, key.blockId)
    folder[FIXTURE_BPMN] = (folder[FIXTURE_BPMN] ?? '').replace(
      'name="Nachweis prüfen"',
      'name="Nachweis per REST prüfen"'
    )
    const response = await put(key, folder, revision)
    expect(response.statusCode, response.body).toBe(200)
    // The answer and the stored files already show it, derived from the document.
    expect(metadataOf(await files(key)).bezeichnung).toBe('Per REST geändert')
    expectSameFolder(await files(key), await storedDocumentFiles(key))
    expect(response.json().version.revision).toBe((await fixture.t.store.getVersion(key))?.revision)
    // The connected editor received it live.
    await eventually(
      async () => {
        const seen = await deriveDocumentFiles([
          (await import('yjs')).encodeStateAsUpdate(docOf(anna)),
        ])
        return (
          metadataOf(seen).bezeichnung === 'Per REST geändert' &&
          (seen[FIXTURE_BPMN] ?? '').includes('name="Nachweis per REST prüfen"')
        )
      },
      10_000,
      'the REST write to reach the editor'
    )
    const audit = await fixture.t.store.listAudit({ blockId: key.blockId })
    const entry = audit.items.find((item) => item.action === 'version.draftUpdated')
    expect(entry?.details.viaDocument).toBe(true)
  })

  it('takes only the changed files of a REST write into the document: edits not yet written back stay', async () => {
    const key = await newDraft()
    await editEverywhereButTheFiles(key, 'noch nicht zurückgeschrieben')
    const bpmn = ((await files(key))[FIXTURE_BPMN] ?? '').replace(
      'name="Nachweis prüfen"',
      'name="Nachweis einzeln prüfen"'
    )
    // One file, as the editor's save and `bauplan push` of a single file do.
    const response = await fixture.t.app.inject({
      method: 'PUT',
      url: blockUrl(key.blockId, `/versionen/${key.version}/dateien/${FIXTURE_BPMN}`),
      headers: { ...fixture.annaLogin.headers, 'content-type': 'application/xml' },
      payload: bpmn,
    })
    expect(response.statusCode, response.body).toBe(200)
    const folder = await files(key)
    expect(folder[FIXTURE_BPMN]).toContain('name="Nachweis einzeln prüfen"')
    expect(metadataOf(folder).bezeichnung).toBe('noch nicht zurückgeschrieben')
    expectSameFolder(folder, await storedDocumentFiles(key))
  })

  it('leaves document and files unchanged on bad input, a stale revision, renumbering or a new file list', async () => {
    const key = await newDraft()
    await editor('anna', key)
    const before = await files(key)
    const logBefore = await fixture.t.store.loadCollabUpdates(key)
    const revision = (await fixture.t.store.getVersion(key))?.revision ?? 0

    const broken = { ...before, [FIXTURE_BPMN]: '<bpmn:definitions' }
    expect((await put(key, broken)).statusCode).toBe(422)

    const stale = await put(key, before, revision + 7)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('lifecycle.revisionConflict')

    const raised = await fixtureFolder((metadata) => {
      metadata.version = '1.1.0'
    }, key.blockId)
    const renumbered = await put(key, raised)
    expect(renumbered.statusCode).toBe(409)
    expect(renumbered.json().code).toBe('lifecycle.documentRenumber')
    expect(renumbered.json().detail).toMatch(/1\.1\.0/)

    // A file list a building block cannot have (adds and removals that fit: draftFilesList.test.ts).
    const extra = await put(key, { ...before, 'zweites.bpmn': before[FIXTURE_BPMN] ?? '' })
    expect(extra.statusCode).toBe(409)
    expect(extra.json().code).toBe('lifecycle.documentFileList')

    expect(await fixture.t.store.loadCollabUpdates(key)).toEqual(logBefore)
    expect(await files(key)).toEqual(before)
    expect((await fixture.t.store.getVersion(key))?.revision).toBe(revision)
  })

  it('never renumbers the draft from the document: files keep its number, submit refuses (409)', async () => {
    const key = await newDraft()
    const anna = await editor('anna', key)
    setJsonValue(docOf(anna), 'anna', 'baustein.json', ['version'], '2.0.0')
    setJsonValue(docOf(anna), 'anna', 'baustein.json', ['bezeichnung'], 'mit neuer Nummer')
    await eventually(
      async () => metadataOf(await files(key)).bezeichnung === 'mit neuer Nummer',
      15_000,
      'the files to follow'
    )
    expect(metadataOf(await files(key)).version).toBe('1.0.0')
    const refused = await submit(key)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('lifecycle.documentRenumber')
    expect((await fixture.t.store.getVersion(key))?.state).toBe('entwurf')
    expect(await fixture.t.store.getVersion({ ...key, version: '2.0.0' })).toBeNull()
  })
})
