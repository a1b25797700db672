import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { startServerProcess } from './serverProcess'

describe('startServerProcess', () => {
  it('answers once started; stop() ends it and removes the data directory it created', async () => {
    const server = await startServerProcess()
    try {
      expect(server.pid).toBeGreaterThan(0)
      expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}`)
      const health = await fetch(`${server.baseUrl}/api/health`)
      expect(health.ok).toBe(true)
      expect(existsSync(server.dataDir)).toBe(true)
    } finally {
      await server.stop()
    }
    expect(server.child.exitCode !== null || server.child.signalCode !== null).toBe(true)
    expect(existsSync(server.dataDir)).toBe(false)
  })

  it('reports a server that exits before it is ready with the server’s own words', async () => {
    // The server refuses an invalid switch at start (config.ts): a fast, real start failure.
    await expect(startServerProcess({ env: { BAUPLAN_DEMO: 'vielleicht' } })).rejects.toThrow(
      /exited \(1\) before it was ready:[\s\S]*BAUPLAN_DEMO must be 1 \(on\) or 0 \(off\)/
    )
  })
})
