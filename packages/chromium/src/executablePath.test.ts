import { describe, expect, it } from 'vitest'
import { chromiumExecutablePath, DEFAULT_CHROMIUM_PATH } from './executablePath'

describe('chromiumExecutablePath', () => {
  it('honours CHROMIUM_PATH', () => {
    expect(chromiumExecutablePath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe(
      '/opt/chromium/chrome'
    )
  })

  it("falls back to Debian's binary", () => {
    expect(chromiumExecutablePath({})).toBe('/usr/bin/chromium')
    expect(DEFAULT_CHROMIUM_PATH).toBe('/usr/bin/chromium')
  })
})
