import { describe, expect, it } from 'vitest'
import { UpgradeRateLimiter } from './upgradeRateLimiter'

describe('UpgradeRateLimiter', () => {
  it('allows maxPerWindow attempts per key and window, then refuses until the window ends', () => {
    let now = 0
    const limiter = new UpgradeRateLimiter(2, 1_000, () => now)
    expect(limiter.allow('10.0.0.1')).toBe(true)
    expect(limiter.allow('10.0.0.1')).toBe(true)
    expect(limiter.allow('10.0.0.1')).toBe(false)
    expect(limiter.allow('10.0.0.2')).toBe(true)
    now = 999
    expect(limiter.allow('10.0.0.1')).toBe(false)
    now = 1_000
    expect(limiter.allow('10.0.0.1')).toBe(true)
  })
})
