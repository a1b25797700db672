/** Fixed-window message counter of one connection. */
export class RateLimiter {
  private windowStart = -Infinity
  private count = 0

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number
  ) {}

  /** Counts one message; false when the connection is over its rate. */
  allow(): boolean {
    const time = this.now()
    if (time - this.windowStart >= this.windowMs) {
      this.windowStart = time
      this.count = 0
    }
    this.count++
    return this.count <= this.maxPerWindow
  }
}
