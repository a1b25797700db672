import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { originAllowed } from './originPolicy'

function upgrade(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage
}

describe('originAllowed', () => {
  it("allows only the server's own host when no origins are configured", () => {
    const host = 'bauplan.example:8080'
    expect(originAllowed(upgrade({ host, origin: 'https://bauplan.example:8080' }), [])).toBe(true)
    expect(originAllowed(upgrade({ host, origin: 'https://evil.example' }), [])).toBe(false)
    expect(originAllowed(upgrade({ host, origin: 'https://bauplan.example' }), [])).toBe(false)
    expect(originAllowed(upgrade({ host, origin: 'null' }), [])).toBe(false)
  })

  it('allows exactly the configured origins when a list is set', () => {
    const allowed = ['https://bauplan.example']
    const host = 'internal:8080'
    expect(originAllowed(upgrade({ host, origin: 'https://bauplan.example' }), allowed)).toBe(true)
    expect(originAllowed(upgrade({ host, origin: 'http://internal:8080' }), allowed)).toBe(false)
  })

  it('lets programs without an Origin header through (they still need credentials)', () => {
    expect(originAllowed(upgrade({ host: 'bauplan.example' }), [])).toBe(true)
  })
})
