import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEMO_PASSWORD, DEMO_USERS } from '@bauplan/catalogue'
import { listModelFolders } from '@bauplan/models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, storageCounts } from '../testing/testApp'

// Two starts on the same data folder, as a restart would be.

let dataDir: string
const printed: string[][] = [[], []]
const counts: Record<string, number>[] = []
let adminPassword = ''
let modelFolderCount = 0

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bauplan-start-'))
  modelFolderCount = (await listModelFolders()).length
  for (const run of [0, 1]) {
    const t = await startTestApp({
      dataDir,
      env: { BAUPLAN_DEMO: '1' },
      startup: { print: (text) => printed[run]?.push(text), demo: true },
    })
    try {
      counts.push(await storageCounts(t.store))
      if (run === 0) {
        adminPassword = /one-time password: (\S+)/.exec(printed[0]?.join('\n') ?? '')?.[1] ?? ''
        const login = await t.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: 'admin', password: adminPassword },
        })
        expect(login.statusCode, login.body).toBe(200)
        expect(login.json().user.memberships).toEqual([expect.objectContaining({ role: 'admin' })])
      }
      if (run === 1) {
        const demo = DEMO_USERS.find((u) => u.roles.some((r) => r.role === 'it_dienstleister'))
        const login = await t.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: demo?.email, password: DEMO_PASSWORD },
        })
        expect(login.statusCode, login.body).toBe(200)
      }
    } finally {
      await t.close()
    }
  }
}, 300_000)

afterAll(async () => rm(dataDir, { recursive: true, force: true }))

describe('start-up', () => {
  it('prints a random one-time admin password in a box on the first start only', () => {
    expect(printed[0]).toHaveLength(1)
    const box = printed[0]?.[0] ?? ''
    expect(box).toMatch(/^╔═+╗/)
    expect(box).toMatch(/Einmal-Passwort \/ one-time password/)
    expect(adminPassword).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    expect(printed[1]).toEqual([])
  })

  it('imports the reference catalogue once; a restart neither duplicates nor changes it', () => {
    expect(counts[0]?.blocks).toBe(modelFolderCount)
    expect(counts[0]?.versions).toBe(modelFolderCount)
    expect(counts[1]).toEqual(counts[0])
  })
})
