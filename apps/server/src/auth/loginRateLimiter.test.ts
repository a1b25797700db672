import { describe, expect, it } from 'vitest'
import {
  LOGIN_LIMITER_MAX_KEYS,
  LOGIN_MAX_FAILURES_PER_IP,
  LOGIN_MAX_FAILURES_PER_USERNAME,
  LOGIN_WINDOW_MS,
  LoginRateLimiter,
} from './loginRateLimiter'

function limiterAt(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start
  const limiter = new LoginRateLimiter(() => new Date(now))
  return { limiter, advance: (ms: number) => (now += ms) }
}

describe('LoginRateLimiter', () => {
  it('allows attempts until the per-user limit, then asks to wait until the window passes', () => {
    const { limiter, advance } = limiterAt()
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBe(0)
      limiter.recordFailure('10.0.0.1', 'anna')
      advance(1000)
    }
    // The first failure was 5 s ago; it leaves the 15-minute window in 15 min − 5 s.
    expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBe(LOGIN_WINDOW_MS / 1000 - 5)
    // The same name is blocked from another address, user names are case-insensitive…
    expect(limiter.retryAfterSeconds('10.0.0.2', 'ANNA')).toBeGreaterThan(0)
    // …and another name from the same address is not (the IP limit is higher).
    expect(limiter.retryAfterSeconds('10.0.0.1', 'bernd')).toBe(0)
  })

  it('slides: once the oldest failure leaves the window, one more attempt is allowed', () => {
    const { limiter, advance } = limiterAt()
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      limiter.recordFailure('10.0.0.1', 'anna')
      advance(60_000)
    }
    const wait = limiter.retryAfterSeconds('10.0.0.1', 'anna')
    expect(wait).toBeGreaterThan(0)
    advance(wait * 1000)
    expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBe(0)
    limiter.recordFailure('10.0.0.1', 'anna')
    expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBeGreaterThan(0)
  })

  it('limits one address trying many names', () => {
    const { limiter } = limiterAt()
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) {
      expect(limiter.retryAfterSeconds('10.0.0.9', `user${i}`)).toBe(0)
      limiter.recordFailure('10.0.0.9', `user${i}`)
    }
    expect(limiter.retryAfterSeconds('10.0.0.9', 'somebody-new')).toBeGreaterThan(0)
    expect(limiter.retryAfterSeconds('10.0.0.10', 'somebody-new')).toBe(0)
  })

  it('clears the user count on success but keeps the address count', () => {
    const { limiter } = limiterAt()
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++)
      limiter.recordFailure('10.0.0.1', 'anna')
    limiter.recordSuccess('anna')
    expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBe(0)
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP - LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      limiter.recordFailure('10.0.0.1', `other${i}`)
    }
    expect(limiter.retryAfterSeconds('10.0.0.1', 'anna')).toBeGreaterThan(0)
  })

  it('forgets the oldest keys beyond its memory bound', () => {
    const { limiter } = limiterAt()
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++)
      limiter.recordFailure('10.0.0.1', 'anna')
    expect(limiter.retryAfterSeconds('10.0.0.2', 'anna')).toBeGreaterThan(0)
    for (let i = 0; i <= LOGIN_LIMITER_MAX_KEYS; i++) limiter.recordFailure(`ip${i}`, `name${i}`)
    expect(limiter.retryAfterSeconds('10.0.0.2', 'anna')).toBe(0)
  })
})
