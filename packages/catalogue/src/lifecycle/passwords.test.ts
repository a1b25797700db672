import { SLOW } from './testing/slow'
import { describe, expect, it } from 'vitest'
import { hashPassword, randomPassword, verifyPassword } from './passwords'

describe('passwords', { timeout: SLOW }, () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Korrekt Pferd Batterie')
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(await verifyPassword('Korrekt Pferd Batterie', hash)).toBe(true)
    expect(await verifyPassword('korrekt Pferd Batterie', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('gleich')).not.toBe(await hashPassword('gleich'))
  })

  it('treats differently composed umlauts as the same password', async () => {
    const composed = 'Grüße'
    const decomposed = 'Gru\u0308ße'
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true)
  })

  it('refuses malformed or hostile hashes without throwing', async () => {
    const hash = await hashPassword('x')
    const parts = hash.split('$')
    for (const bad of [
      '',
      'plain',
      'bcrypt$1$2$3$4$5',
      [parts[0], 2 ** 30, ...parts.slice(2)].join('$'), // would need gigabytes of memory
      [...parts.slice(0, 5), 'AAAA'].join('$'), // hash too short to mean anything
    ]) {
      expect(await verifyPassword('x', bad)).toBe(false)
    }
  })

  it('makes random one-time passwords', () => {
    expect(randomPassword()).not.toBe(randomPassword())
    expect(randomPassword()).toHaveLength(24)
  })
})
