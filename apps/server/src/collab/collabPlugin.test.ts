import { hashToken } from '@bauplan/catalogue'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_ID, fixtureFolder } from '../testing/fixtureBlock'
import { startTestApp, type TestApp } from '../testing/testApp'
import {
  collabRoom,
  connectProvider,
  connectRaw,
  eventually,
  UpgradeRefused,
  Y,
  type ProviderClient,
  type YDoc,
} from './testing/collabClients'

const ORG = 'test-kommune'
const RECHECK_MS = 200
const MAX_PER_USER = 3
// Small limits, so an oversized frame is cheap to send.
const MAX_FRAME = 64 * 1024

let t: TestApp
let baseUrl: string
let origin: string
let version: string
const headersOf: Record<string, Record<string, string>> = {}
const open: ProviderClient[] = []

beforeAll(async () => {
  // The default persistence: the catalogue's durable log in the test app's SQLite file.
  t = await startTestApp({
    collab: {
      recheckIntervalMs: RECHECK_MS,
      maxConnectionsPerUser: MAX_PER_USER,
      // Many connections from one address here; the rate has its own test file.
      maxUpgradesPerWindow: 10_000,
      limits: { maxFrameBytes: MAX_FRAME, maxUpdateBytes: MAX_FRAME / 2 },
    },
  })
  const annaId = await t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
  await t.addUser('bernd', [{ organisationId: ORG, role: 'modellierer' }])
  await t.addUser('kurt', [{ organisationId: ORG, role: 'kurator' }])
  await t.addUser('ida', [{ organisationId: 'dataport', role: 'it_dienstleister' }])
  await t.addUser('lena', [{ organisationId: ORG, role: 'modellierer' }])
  const created = await t.app.catalogue.createBlock(
    { userId: annaId, memberships: [{ organisationId: ORG, role: 'modellierer' }] },
    { organisationId: ORG, files: await fixtureFolder() }
  )
  version = created.version.version
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  baseUrl = `ws://127.0.0.1:${address.port}`
  origin = `http://127.0.0.1:${address.port}`
  for (const name of ['anna', 'kurt', 'ida', 'lena']) {
    headersOf[name] = { cookie: (await t.login(name)).cookie, origin }
  }
  // Bernd works with an API token, as a program would (no Origin).
  headersOf.bernd = await t.token('bernd')
})

afterEach(() => {
  for (const client of open.splice(0)) client.provider.destroy()
})

afterAll(async () => {
  await t?.close()
})

function client(name: string): ProviderClient {
  const connected = connectProvider(baseUrl, FIXTURE_ID, version, headersOf[name] ?? {})
  open.push(connected)
  return connected
}

async function synced(...clients: ProviderClient[]): Promise<void> {
  await eventually(() => clients.every((c) => c.provider.synced), 10_000, 'sync')
}

function docUrl(): string {
  return `${baseUrl}/api/collab/${collabRoom(FIXTURE_ID, version)}`
}

/** The stored update log of the draft's document. */
function storedUpdates(): Promise<Uint8Array[]> {
  return t.store.loadCollabUpdates({ blockId: FIXTURE_ID, version })
}

/** The document as stored: every stored update applied to a fresh Y.Doc. */
async function storedDoc(): Promise<YDoc> {
  const doc = new Y.Doc()
  for (const update of await storedUpdates()) Y.applyUpdate(doc, update)
  return doc
}

function notes(doc: YDoc): Record<string, unknown> {
  return doc.getMap('notes').toJSON()
}

async function refusedWith(headers: Record<string, string>, url = docUrl()) {
  const before = (await storedUpdates()).length
  const error = await connectRaw(url, headers).then(
    (raw) => {
      raw.ws.close()
      throw new Error('upgrade was accepted')
    },
    (refusal: unknown) => refusal
  )
  expect(error).toBeInstanceOf(UpgradeRefused)
  expect((await storedUpdates()).length).toBe(before)
  const refused = error as UpgradeRefused
  return { status: refused.status, problem: JSON.parse(refused.body) as Record<string, unknown> }
}

describe('collaboration WebSocket (/api/collab/<block>/<version>)', () => {
  it('seeds the document from the draft and lets two writers converge, each update stored', async () => {
    const anna = client('anna')
    const bernd = client('bernd')
    await synced(anna, bernd)
    // Seeded from the draft's files before anyone received anything.
    expect(Object.keys(anna.doc.getMap('files').toJSON())).toContain('baustein.json')
    anna.doc.getMap('notes').set('anna', 'Prüfschritt ergänzt')
    bernd.doc.getMap('notes').set('bernd', 'Frist angepasst')
    await eventually(
      () => Object.keys(notes(anna.doc)).length === 2 && Object.keys(notes(bernd.doc)).length === 2,
      5_000,
      'convergence'
    )
    expect(notes(anna.doc)).toEqual(notes(bernd.doc))
    await eventually(() => anna.saved() >= 1 && bernd.saved() >= 1, 5_000, 'acknowledgements')
    expect(notes(await storedDoc())).toEqual({
      anna: 'Prüfschritt ergänzt',
      bernd: 'Frist angepasst',
    })
  })

  it("does not store or relay a reader's write", async () => {
    const anna = client('anna')
    const kurt = client('kurt')
    await synced(anna, kurt)
    kurt.doc.getMap('notes').set('kurt', 'darf nicht gespeichert werden')
    anna.doc.getMap('notes').set('marker', 1)
    // Kurt's write reached the server before Anna's marker came back to him.
    await eventually(() => kurt.doc.getMap('notes').get('marker') === 1, 5_000, 'marker')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(anna.doc.getMap('notes').get('kurt')).toBeUndefined()
    expect((await storedDoc()).getMap('notes').get('kurt')).toBeUndefined()
  })

  it('refuses upgrades without a valid session or token (401), with a problem document', async () => {
    const missing = await refusedWith({ origin })
    expect(missing.status).toBe(401)
    expect(missing.problem.code).toBe('collab.unauthenticated')
    const forged = await refusedWith({ authorization: `Bearer bpl_${'x'.repeat(43)}` })
    expect(forged.status).toBe(401)
    const stale = await refusedWith({ cookie: 'bauplan_session=abgelaufen', origin })
    expect(stale.status).toBe(401)
  })

  it('refuses a foreign Origin (403) even with a valid session', async () => {
    const refused = await refusedWith({ ...headersOf.anna, origin: 'https://evil.example' })
    expect(refused.status).toBe(403)
    expect(refused.problem.code).toBe('collab.origin')
    expect(refused.problem.detail).toMatch(/Origin/)
  })

  it('refuses users without read rights (403), unknown drafts (404) and other paths (404)', async () => {
    const ida = await refusedWith(headersOf.ida ?? {})
    expect(ida.status).toBe(403)
    expect(ida.problem.code).toBe('collab.forbidden')
    const unknown = await refusedWith(
      headersOf.anna ?? {},
      `${baseUrl}/api/collab/${collabRoom('urn:bauplan:baustein:test-kommune:gibt-es-nicht', '1.0.0')}`
    )
    expect(unknown.status).toBe(404)
    const other = await refusedWith(headersOf.anna ?? {}, `${baseUrl}/api/health`)
    expect(other.status).toBe(404)
  })

  it('closes only the connection that sends an oversized frame or a malformed message', async () => {
    const anna = client('anna')
    const bernd = client('bernd')
    await synced(anna, bernd)
    const storedBefore = (await storedUpdates()).length

    const big = await connectRaw(docUrl(), headersOf.anna ?? {})
    big.ws.send(new Uint8Array(MAX_FRAME + 1))
    expect((await big.closed).code).toBe(1009)

    const malformed = await connectRaw(docUrl(), headersOf.anna ?? {})
    // Sync message, type "update", with a length prefix but bytes that are no Yjs update.
    malformed.ws.send(new Uint8Array([0, 2, 4, 0xff, 0xff, 0xff, 0xff]))
    expect((await malformed.closed).code).toBe(1007)

    const text = await connectRaw(docUrl(), headersOf.anna ?? {})
    text.ws.send('hallo')
    expect((await text.closed).code).toBe(1003)

    expect((await storedUpdates()).length).toBe(storedBefore)
    anna.doc.getMap('notes').set('danach', 'geht noch')
    await eventually(() => bernd.doc.getMap('notes').get('danach') === 'geht noch', 5_000, 'relay')
  })

  it('turns a writer read-only within the re-check interval when their role is revoked', async () => {
    const bernd = client('bernd')
    const anna = client('anna')
    await synced(anna, bernd)
    const berndId = (await t.store.findActiveApiToken(hashToken(bearer('bernd'))))?.userId ?? ''
    await t.store.revokeRole({ userId: berndId, organisationId: ORG, role: 'modellierer' })
    await t.store.grantRole({ userId: berndId, organisationId: ORG, role: 'kurator' })
    await new Promise((resolve) => setTimeout(resolve, RECHECK_MS * 4))
    bernd.doc.getMap('notes').set('nachEntzug', 'nicht gespeichert')
    anna.doc.getMap('notes').set('marker2', 2)
    await eventually(() => bernd.doc.getMap('notes').get('marker2') === 2, 5_000, 'marker')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(anna.doc.getMap('notes').get('nachEntzug')).toBeUndefined()
    expect((await storedDoc()).getMap('notes').get('nachEntzug')).toBeUndefined()
    // Reading is still allowed (curator), so the connection stays open.
    expect(bernd.closes).toEqual([])
  })

  it('closes a connection (4403) when its token is revoked', async () => {
    const bernd = client('bernd')
    await synced(bernd)
    const token = await t.store.findActiveApiToken(hashToken(bearer('bernd')))
    await t.store.revokeApiToken(token?.id ?? '')
    await eventually(() => bernd.closes.includes(4403), RECHECK_MS * 10, 'revocation')
  })

  it('refuses connections over the per-user limit (429) and accepts again after one closed', async () => {
    const raws = []
    for (let i = 0; i < MAX_PER_USER; i++)
      raws.push(await connectRaw(docUrl(), headersOf.lena ?? {}))
    const over = await refusedWith(headersOf.lena ?? {})
    expect(over.status).toBe(429)
    expect(over.problem.code).toBe('collab.tooManyConnections')
    raws[0]?.ws.close()
    await raws[0]?.closed
    await eventually(
      () =>
        connectRaw(docUrl(), headersOf.lena ?? {}).then(
          (raw) => {
            raws.push(raw)
            return true
          },
          () => false
        ),
      5_000,
      'a free place'
    )
    for (const raw of raws) raw.ws.close()
  })

  it('closes a connection (4403) when its session ends (logout)', async () => {
    const login = await t.login('anna')
    const connected = connectProvider(baseUrl, FIXTURE_ID, version, {
      cookie: login.cookie,
      origin,
    })
    open.push(connected)
    await synced(connected)
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: login.headers,
    })
    expect(response.statusCode).toBeLessThan(300)
    await eventually(() => connected.closes.includes(4403), RECHECK_MS * 10, 'revocation')
  })

  it('turns writers read-only when the draft is submitted', async () => {
    const anna = client('anna')
    const kurt = client('kurt')
    await synced(anna, kurt)
    const annaUser = await t.store.findSession(hashToken(sessionOf('anna')))
    await t.app.catalogue.submit(
      {
        userId: annaUser?.userId ?? '',
        memberships: [{ organisationId: ORG, role: 'modellierer' }],
      },
      FIXTURE_ID,
      version
    )
    await new Promise((resolve) => setTimeout(resolve, RECHECK_MS * 4))
    anna.doc.getMap('notes').set('nachEinreichung', 'nicht gespeichert')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(kurt.doc.getMap('notes').get('nachEinreichung')).toBeUndefined()
    expect((await storedDoc()).getMap('notes').get('nachEinreichung')).toBeUndefined()
    // A submitted version is no longer a draft: new connections are refused (409).
    const late = await refusedWith(headersOf.anna ?? {})
    expect(late.status).toBe(409)
  })
})

function bearer(name: string): string {
  return (headersOf[name]?.authorization ?? '').replace(/^Bearer /, '')
}

function sessionOf(name: string): string {
  return /bauplan_session=([^;]+)/.exec(headersOf[name]?.cookie ?? '')?.[1] ?? ''
}
