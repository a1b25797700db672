import { afterEach, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './testing/testApp'

let t: TestApp | undefined

afterEach(async () => {
  await t?.close()
  t = undefined
})

describe('GET /api/health', () => {
  it('answers ok with the version, without a login', async () => {
    t = await startTestApp()
    const response = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', version: '0.1.0' })
  })

  it('answers 404 for an unknown route', async () => {
    t = await startTestApp()
    const response = await t.app.inject({ method: 'GET', url: '/api/nope' })
    expect(response.statusCode).toBe(404)
  })
})

describe('the embedded store', () => {
  it('lives in BAUPLAN_DATA_DIR as catalogue.sqlite, migrated at start', async () => {
    t = await startTestApp()
    const { existsSync } = await import('node:fs')
    const path = await import('node:path')
    expect(existsSync(path.join(t.dataDir, 'catalogue.sqlite'))).toBe(true)
    expect((await t.store.listAppliedMigrations()).length).toBeGreaterThan(0)
  })
})
