import { describe, expect, it } from 'vitest'
import { FIXTURE_ID, fixtureFolder } from '../testing/fixtureBlock'
import { startTestApp } from '../testing/testApp'
import { collabRoom, connectRaw, UpgradeRefused } from './testing/collabClients'

describe('collaboration WebSockets: configured origins, upgrade rate and shutdown', () => {
  it('accepts only BAUPLAN_ALLOWED_ORIGINS, refuses over the per-address rate (429), closes with 1001 on shutdown', async () => {
    const t = await startTestApp({
      env: { BAUPLAN_ALLOWED_ORIGINS: 'https://bauplan.example' },
      collab: { maxUpgradesPerWindow: 3 },
    })
    try {
      const annaId = await t.addUser('anna', [
        { organisationId: 'test-kommune', role: 'modellierer' },
      ])
      const created = await t.app.catalogue.createBlock(
        { userId: annaId, memberships: [{ organisationId: 'test-kommune', role: 'modellierer' }] },
        { organisationId: 'test-kommune', files: await fixtureFolder() }
      )
      const { cookie } = await t.login('anna')
      await t.app.listen({ port: 0, host: '127.0.0.1' })
      const address = t.app.server.address()
      if (address === null || typeof address === 'string') throw new Error('no port')
      const url = `ws://127.0.0.1:${address.port}/api/collab/${collabRoom(FIXTURE_ID, created.version.version)}`
      const raw = await connectRaw(url, { cookie, origin: 'https://bauplan.example' })
      // With a list configured, the server's own origin is no longer allowed by default.
      await expect(
        connectRaw(url, { cookie, origin: `http://127.0.0.1:${address.port}` })
      ).rejects.toMatchObject({ status: 403 })
      // Third attempt of this address: still counted as allowed, refused for its missing sign-in.
      await expect(connectRaw(url, {})).rejects.toMatchObject({ status: 401 })
      // Fourth: over the rate, refused before any sign-in is checked.
      const refused = await connectRaw(url, { cookie }).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(UpgradeRefused)
      expect((refused as UpgradeRefused).status).toBe(429)
      expect((refused as UpgradeRefused).body).toContain('collab.tooManyUpgrades')
      // The hub greets with sync step 1 once the document is loaded (and seeded).
      while (raw.messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
      // Would hang (test timeout) if upgraded sockets or the timers kept the server open.
      await t.app.close()
      expect((await raw.closed).code).toBe(1001)
    } finally {
      await t.close()
    }
  })
})
