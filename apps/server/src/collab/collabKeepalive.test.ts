import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_ID, fixtureFolder } from '../testing/fixtureBlock'
import { startTestApp, type TestApp } from '../testing/testApp'
import { collabRoom, connectRaw } from './testing/collabClients'

const ORG = 'test-kommune'
// Short, so a dead peer is found within a second; the wheel's 30 slots tick every 20 ms.
const KEEPALIVE_MS = 600

let t: TestApp
let url: string
let headers: Record<string, string>

beforeAll(async () => {
  t = await startTestApp({ collab: { keepaliveIntervalMs: KEEPALIVE_MS } })
  const annaId = await t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
  const created = await t.app.catalogue.createBlock(
    { userId: annaId, memberships: [{ organisationId: ORG, role: 'modellierer' }] },
    { organisationId: ORG, files: await fixtureFolder() }
  )
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  url = `ws://127.0.0.1:${address.port}/api/collab/${collabRoom(FIXTURE_ID, created.version.version)}`
  headers = await t.token('anna')
})

afterAll(async () => {
  await t?.close()
})

describe('keepalive of collaboration connections', () => {
  it('drops a connection that leaves the pings unanswered and keeps one that answers', async () => {
    const answering = await connectRaw(url, headers)
    const silent = await connectRaw(url, headers, { answerPings: false })
    let pings = 0
    answering.ws.on('ping', () => pings++)
    // Dropped without a close handshake (terminate): the client sees 1006.
    const { code } = await silent.closed
    expect(code).toBe(1006)
    // The answering one was pinged meanwhile and is still open two intervals later.
    await new Promise((resolve) => setTimeout(resolve, 2 * KEEPALIVE_MS))
    expect(pings).toBeGreaterThanOrEqual(2)
    expect(answering.ws.readyState).toBe(answering.ws.OPEN)
    answering.ws.close()
    await answering.closed
  })
})
