import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from './launchArgs'

describe('CHROMIUM_ARGS', () => {
  it('keeps Chromium headless, unsandboxed and offline', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining([
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ])
    )
  })

  it('holds only switches playwright accepts', () => {
    // playwright refuses a page to open and its own user data dir and debugging pipe.
    for (const arg of CHROMIUM_ARGS) {
      expect(arg).toMatch(/^--/)
      expect(arg).not.toMatch(/^--(user-data-dir|remote-debugging-pipe)/)
    }
    expect(new Set(CHROMIUM_ARGS).size).toBe(CHROMIUM_ARGS.length)
  })

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(CHROMIUM_ARGS)).toBe(true)
  })
})
