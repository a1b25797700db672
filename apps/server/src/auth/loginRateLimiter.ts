/**
 * Slows password guessing: failed logins are counted per user name and per client IP in a sliding
 * window; once a limit is reached, further attempts are refused (429 with Retry-After) WITHOUT
 * checking the password, so guessing cannot continue at any speed. Kept in memory: a restart
 * forgets the counts, which is acceptable for a brake (it is not an account lock-out).
 */

/** Failed logins allowed per user name within the window (protects one account). */
export const LOGIN_MAX_FAILURES_PER_USERNAME = 5
/**
 * Failed logins allowed per client IP within the window (stops one client trying many names). Higher
 * than per user, because a town hall's staff often share one public IP.
 */
export const LOGIN_MAX_FAILURES_PER_IP = 20
/** The sliding window both limits apply to. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000
/** Upper bound on remembered keys, so a flood of random names cannot exhaust memory. */
export const LOGIN_LIMITER_MAX_KEYS = 10_000

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Seconds until a login for this IP and user name may be tried again; 0 if it may now. */
  retryAfterSeconds(ip: string, username: string): number {
    const now = this.clock().getTime()
    const waits = [
      this.waitMs(ipKey(ip), LOGIN_MAX_FAILURES_PER_IP, now),
      this.waitMs(userKey(username), LOGIN_MAX_FAILURES_PER_USERNAME, now),
    ]
    return Math.ceil(Math.max(...waits) / 1000)
  }

  recordFailure(ip: string, username: string): void {
    const now = this.clock().getTime()
    for (const key of [ipKey(ip), userKey(username)]) {
      const recent = this.recent(key, now)
      recent.push(now)
      // Re-inserting moves the key to the end, so the oldest keys are evicted first.
      this.failures.delete(key)
      this.failures.set(key, recent)
    }
    this.evictOverflow()
  }

  /** A successful login clears the user name's count; the IP's stays, or one valid account could reset it. */
  recordSuccess(username: string): void {
    this.failures.delete(userKey(username))
  }

  private waitMs(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now)
    if (recent.length < limit) return 0
    // The attempt that must drop out of the window before the count is below the limit again.
    const blocking = recent[recent.length - limit] ?? now
    return Math.max(blocking + LOGIN_WINDOW_MS - now, 1)
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => t > now - LOGIN_WINDOW_MS)
    if (kept.length === 0) this.failures.delete(key)
    else this.failures.set(key, kept)
    return kept
  }

  private evictOverflow(): void {
    for (const key of this.failures.keys()) {
      if (this.failures.size <= LOGIN_LIMITER_MAX_KEYS) break
      this.failures.delete(key)
    }
  }
}

function ipKey(ip: string): string {
  return `ip:${ip}`
}

function userKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`
}
