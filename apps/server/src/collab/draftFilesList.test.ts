import {
  SYSTEM_ACTOR,
  openPostgresStore,
  type CatalogueStore,
  type VersionKey,
} from '@bauplan/catalogue'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Yjs from 'yjs'
import { blockUrl, FIXTURE_BPMN, fixtureFolder } from '../testing/fixtureBlock'
import { startTestApp, TestClock, type CookieLogin, type TestApp } from '../testing/testApp'
import { deriveDocumentFiles } from './draftFilesDerivation'
import { connectProvider, eventually, type ProviderClient } from './testing/collabClients'

// REST writes that add or remove files of a draft with a shared document (docs/collaboration.md
// § "Adding and removing files"): they go into the live document through addFile/removeFile, so
// connected editors receive them, and the catalogue's files follow. Real server, real y-websocket
// client; SQLite always, PostgreSQL with DATABASE_URL.

const ORG = 'test-kommune'
const DMN_FILE = 'steuersatz.dmn'
const url = process.env.DATABASE_URL
if (!url) {
  console.warn(
    'Draft file list on PostgreSQL SKIPPED: DATABASE_URL is not set ' +
      '(e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/test).'
  )
}

const hundesteuer = await readModelFolder(join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
const DMN = hundesteuer.files['hundesteuer-anmelden.dmn'] ?? ''

interface Backend {
  name: string
  start(): Promise<{ t: TestApp; stop(): Promise<void> }>
}

const backends: Backend[] = [
  { name: 'SQLite', start: async () => withStop(await startTestApp()) },
  ...(url ? [{ name: 'PostgreSQL', start: () => startOnPostgres(url) }] : []),
]

function withStop(t: TestApp): { t: TestApp; stop(): Promise<void> } {
  return { t, stop: () => t.close() }
}

async function startOnPostgres(connectionString: string) {
  // A fresh schema per run, dropped afterwards.
  const schema = `bp_draftfilelist_${process.pid}_${Date.now().toString(36)}`
  const testClock = new TestClock()
  const store: CatalogueStore = await openPostgresStore({
    connectionString,
    schema,
    poolSize: 4,
    clock: testClock.now,
  })
  const t = await startTestApp({ store, testClock })
  return {
    t,
    stop: async () => {
      await t.close()
      await store.close()
      const client = new pg.Client({ connectionString })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
  }
}

describe.each(backends)('REST writes change the file list of a shared draft ($name)', (backend) => {
  let t: TestApp
  let stop: () => Promise<void>
  let baseUrl: string
  let login: CookieLogin
  let headers: Record<string, string>
  const open: ProviderClient[] = []
  let blocks = 0

  beforeAll(async () => {
    ;({ t, stop } = await backend.start())
    await t.addOrganisation(ORG, 'kommune')
    await t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const address = t.app.server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    baseUrl = `ws://127.0.0.1:${address.port}`
    login = await t.login('anna')
    headers = { cookie: login.cookie, origin: `http://127.0.0.1:${address.port}` }
  }, 60_000)

  afterEach(() => {
    for (const client of open.splice(0)) client.provider.destroy()
  })

  afterAll(async () => {
    await stop?.()
  })

  /** A new block per test (so tests never share a document) with an editor connected to it. */
  async function sharedDraft(): Promise<{ key: VersionKey; editor: ProviderClient }> {
    blocks += 1
    const blockId = `urn:bauplan:baustein:${ORG}:gebuehr-${blocks}`
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/bausteine',
      headers: login.headers,
      payload: { files: await fixtureFolder(() => undefined, blockId) },
    })
    expect(created.statusCode, created.body).toBe(201)
    const key = { blockId, version: '1.0.0' }
    const editor = connectProvider(baseUrl, key.blockId, key.version, headers)
    open.push(editor)
    await eventually(() => editor.provider.synced, 10_000, 'sync')
    return { key, editor }
  }

  function files(key: VersionKey): Promise<Record<string, string>> {
    return t.app.catalogue.getFolder(SYSTEM_ACTOR, key.blockId, key.version) as Promise<
      Record<string, string>
    >
  }

  /** The folder with the DMN added and named in the metadata, as an analyst uploads it. */
  async function withDmn(key: VersionKey): Promise<Record<string, string>> {
    const folder = await fixtureFolder((metadata) => {
      const artefakte = metadata.artefakte as Record<string, unknown>
      artefakte.dmn = [{ datei: DMN_FILE, decisionIds: ['Decision_Steuersatz'] }]
    }, key.blockId)
    return { ...folder, [DMN_FILE]: DMN }
  }

  function put(key: VersionKey, folder: Record<string, string>) {
    return t.app.inject({
      method: 'PUT',
      url: blockUrl(key.blockId, `/versionen/${key.version}`),
      headers: login.headers,
      payload: { files: folder },
    })
  }

  function editorFiles(editor: ProviderClient): Promise<Record<string, string>> {
    return deriveDocumentFiles([Yjs.encodeStateAsUpdate(editor.doc as unknown as Yjs.Doc)])
  }

  async function storedDocumentFiles(key: VersionKey): Promise<Record<string, string>> {
    return deriveDocumentFiles(await t.store.loadCollabUpdates(key))
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
    const response = await t.app.inject({
      method: 'PUT',
      url: blockUrl(key.blockId, `/versionen/${key.version}/dateien/${DMN_FILE}`),
      headers: { ...login.headers, 'content-type': 'application/xml' },
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
    const logBefore = await t.store.loadCollabUpdates(key)
    const revision = (await t.store.getVersion(key))?.revision

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

    expect(await t.store.loadCollabUpdates(key)).toEqual(logBefore)
    expect(await files(key)).toEqual(before)
    expect((await t.store.getVersion(key))?.revision).toBe(revision)
  })
})
