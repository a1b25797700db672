import type { VersionKey } from '@bauplan/catalogue'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Yjs from 'yjs'
import { blockUrl, FIXTURE_BPMN, fixtureFolder } from '../testing/fixtureBlock'
import { deriveDocumentFiles } from './draftFilesDerivation'
import { eventually, type ProviderClient } from './testing/collabClients'
import { draftFilesBackends, useDraftFilesFixture } from './testing/draftFilesFixture'

// REST writes that add or remove files of a draft with a shared document (docs/collaboration.md
// § "Adding and removing files"): they go into the live document through addFile/removeFile, so
// connected editors receive them, and the catalogue's files follow. Real server, real y-websocket
// client; SQLite always, PostgreSQL with DATABASE_URL.

const DMN_FILE = 'steuersatz.dmn'
const backends = draftFilesBackends('Draft file list', 'bp_draftfilelist')

const hundesteuer = await readModelFolder(join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
const DMN = hundesteuer.files['hundesteuer-anmelden.dmn'] ?? ''

describe.each(backends)('REST writes change the file list of a shared draft ($name)', (backend) => {
  const fixture = useDraftFilesFixture(backend, 'gebuehr')
  const { files, storedDocumentFiles, put } = fixture

  /** A new draft (so tests never share a document) with anna's editor connected to it. */
  async function sharedDraft(): Promise<{ key: VersionKey; editor: ProviderClient }> {
    const key = await fixture.newDraft()
    return { key, editor: await fixture.editor('anna', key) }
  }

  /** The folder with the DMN added and named in the metadata, as an analyst uploads it. */
  async function withDmn(key: VersionKey): Promise<Record<string, string>> {
    const folder = await fixtureFolder((metadata) => {
      const artefakte = metadata.artefakte as Record<string, unknown>
      artefakte.dmn = [{ datei: DMN_FILE, decisionIds: ['Decision_Steuersatz'] }]
    }, key.blockId)
    return { ...folder, [DMN_FILE]: DMN }
  }

  function editorFiles(editor: ProviderClient): Promise<Record<string, string>> {
    return deriveDocumentFiles([Yjs.encodeStateAsUpdate(editor.doc as unknown as Yjs.Doc)])
  }

  it('a PUT adding a DMN file reaches the connected editor and the catalogue; removing it likewise', async () => {
    const { key, editor } = await sharedDraft()
    const added = await put(key, await withDmn(key))
    expect(added.statusCode, added.body).toBe(200)
    const stored = await files(key)
    expect(stored[DMN_FILE]).toContain('id="Decision_Steuersatz"')
    expect(stored[DMN_FILE]).toBe((await storedDocumentFiles(key))[DMN_FILE])
    await eventually(
      async () => (await editorFiles(editor))[DMN_FILE] === stored[DMN_FILE],
      10_000,
      'the added file to reach the editor'
    )

    const removed = await put(key, await fixtureFolder(() => undefined, key.blockId))
    expect(removed.statusCode, removed.body).toBe(200)
    expect(Object.keys(await files(key)).sort()).toEqual(['baustein.json', FIXTURE_BPMN])
    expect(Object.keys(await storedDocumentFiles(key))).not.toContain(DMN_FILE)
    await eventually(
      async () => !(DMN_FILE in (await editorFiles(editor))),
      10_000,
      'the removal to reach the editor'
    )
  })

  it('a single-file upload adds a file to the document', async () => {
    const { key, editor } = await sharedDraft()
    const response = await fixture.t.app.inject({
      method: 'PUT',
      url: blockUrl(key.blockId, `/versionen/${key.version}/dateien/${DMN_FILE}`),
      headers: { ...fixture.annaLogin.headers, 'content-type': 'application/xml' },
      payload: DMN,
    })
    expect(response.statusCode, response.body).toBe(200)
    expect((await files(key))[DMN_FILE]).toContain('id="Decision_Steuersatz"')
    await eventually(
      async () => DMN_FILE in (await editorFiles(editor)),
      10_000,
      'the uploaded file to reach the editor'
    )
  })

  it('a bad DMN, a second BPMN model or removing the BPMN model change nothing', async () => {
    const { key } = await sharedDraft()
    const before = await files(key)
    const logBefore = await fixture.t.store.loadCollabUpdates(key)
    const revision = (await fixture.t.store.getVersion(key))?.revision

    const folder = await withDmn(key)
    const bad = await put(key, { ...folder, [DMN_FILE]: '<dmn:definitions' })
    expect(bad.statusCode, bad.body).toBe(422)

    const second = await put(key, { ...before, 'zweites.bpmn': before[FIXTURE_BPMN] ?? '' })
    expect(second.statusCode, second.body).toBe(409)
    expect(second.json().code).toBe('lifecycle.documentFileList')

    const withoutBpmn = Object.fromEntries(
      Object.entries(before).filter(([name]) => name !== FIXTURE_BPMN)
    )
    const noBpmn = await put(key, withoutBpmn)
    expect(noBpmn.statusCode, noBpmn.body).toBe(409)
    expect(noBpmn.json().code).toBe('lifecycle.documentFileList')

    expect(await fixture.t.store.loadCollabUpdates(key)).toEqual(logBefore)
    expect(await files(key)).toEqual(before)
    expect((await fixture.t.store.getVersion(key))?.revision).toBe(revision)
  })
})
