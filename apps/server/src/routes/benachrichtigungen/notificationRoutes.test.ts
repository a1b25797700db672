import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockUrl, FIXTURE_ID, fixtureFolder } from '../../testing/fixtureBlock'
import { requestsFor } from '../../testing/requests'
import { startTestApp, type CookieLogin, type TestApp } from '../../testing/testApp'

// The notification feed over HTTP: who hears of what, names instead of ids, the read mark, and
// the analyst's own submissions. The selection itself is tested on both databases in the catalogue.

let t: TestApp
let analyst: CookieLogin
let curator: CookieLogin
let http: ReturnType<typeof requestsFor>

beforeAll(async () => {
  t = await startTestApp()
  http = requestsFor(t)
  await t.addOrganisation('test-kommune', 'kommune')
  await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
  await t.addUser('kurt', [{ organisationId: 'test-kommune', role: 'kurator' }])
  analyst = await t.login('anna')
  curator = await t.login('kurt')
  const folder = await fixtureFolder()
  const steps = [
    () => http.send(analyst, 'POST', '/api/bausteine', { files: folder }),
    () =>
      http.send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/einreichen'), {
        note: 'Bitte prüfen',
      }),
    () =>
      http.send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'), {
        comment: 'passt',
      }),
  ]
  for (const step of steps) {
    const response = await step()
    expect(response.statusCode, response.body).toBeLessThan(300)
  }
})
afterAll(async () => t.close())

describe('GET /api/benachrichtigungen', () => {
  it('tells the curator of the submission and the analyst of the decision, by name', async () => {
    const forCurator = await http.get(curator, '/api/benachrichtigungen')
    expect(forCurator.statusCode, forCurator.body).toBe(200)
    expect(forCurator.json().items).toMatchObject([
      {
        kind: 'reviewRequested',
        action: 'version.submitted',
        blockId: FIXTURE_ID,
        blockName: expect.any(String),
        version: '1.0.0',
        actorName: 'anna',
        text: 'Bitte prüfen',
        unread: true,
      },
    ])
    const forAnalyst = (await http.get(analyst, '/api/benachrichtigungen')).json()
    expect(forAnalyst).toMatchObject({
      items: [{ kind: 'decision', action: 'version.published', actorName: 'kurt', text: 'passt' }],
      nextCursor: null,
      readUpTo: 0,
      unread: 1,
    })
  })

  it('keeps a read mark per user', async () => {
    const feed = (await http.get(analyst, '/api/benachrichtigungen')).json()
    const upTo = feed.items[0].id
    const marked = await http.send(analyst, 'POST', '/api/benachrichtigungen/gelesen', { upTo })
    expect(marked.statusCode, marked.body).toBe(200)
    expect(marked.json()).toEqual({ readUpTo: upTo })
    const after = (await http.get(analyst, '/api/benachrichtigungen')).json()
    expect(after).toMatchObject({ readUpTo: upTo, unread: 0, items: [{ unread: false }] })
    expect((await http.get(curator, '/api/benachrichtigungen')).json().unread).toBe(1)
  })

  it('refuses bad input and anonymous callers with problem details', async () => {
    const bad = await http.refused(400, () =>
      http.send(analyst, 'POST', '/api/benachrichtigungen/gelesen', { upTo: -1 })
    )
    expect(bad.problems[0].pointer).toBe('/upTo')
    await http.refused(422, () => http.get(analyst, '/api/benachrichtigungen?cursor=kaputt'))
    expect((await t.app.inject({ url: '/api/benachrichtigungen' })).statusCode).toBe(401)
  })
})

describe('GET /api/benachrichtigungen/einreichungen', () => {
  it('lists my submissions with state and decision; a curator who submitted nothing has none', async () => {
    const mine = await http.get(analyst, '/api/benachrichtigungen/einreichungen')
    expect(mine.statusCode, mine.body).toBe(200)
    expect(mine.json().items).toMatchObject([
      {
        blockId: FIXTURE_ID,
        version: '1.0.0',
        status: 'published',
        state: 'veroeffentlicht',
        note: 'Bitte prüfen',
        decision: { kind: 'veroeffentlicht', actorName: 'kurt', reason: 'passt' },
      },
    ])
    const none = await http.get(curator, '/api/benachrichtigungen/einreichungen')
    expect(none.json()).toEqual({ items: [] })
  })
})

describe('names instead of ids', () => {
  it('names people in the overview and the audit log', async () => {
    const overview = (await http.get(analyst, blockUrl(FIXTURE_ID))).json()
    expect(overview.versions[0]).toMatchObject({ createdByName: 'anna' })
    expect(
      overview.versions[0].history.map((e: { kind: string; actorName: string }) => [
        e.kind,
        e.actorName,
      ])
    ).toEqual([
      ['eingereicht', 'anna'],
      ['veroeffentlicht', 'kurt'],
    ])
    const audit = (await http.get(analyst, blockUrl(FIXTURE_ID, '/audit?order=asc'))).json()
    expect(audit.items[0]).toMatchObject({ action: 'block.created', actorName: 'anna' })
    expect(audit.items[0].blockName).toEqual(expect.any(String))
  })
})
