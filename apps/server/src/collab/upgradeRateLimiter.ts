/**
 * Limits how often one client address may open collaboration connections, so a client that
 * reconnects in a tight loop (or a script) cannot make the server authenticate and load
 * documents without pause. y-websocket backs off between reconnects (up to 2.5 s by default), so
 * an honest client stays far below the limit. Windows are fixed per key; stale keys are dropped
 * when the map is swept.
 */
export class UpgradeRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts an attempt for `key`; false when the key used up its window. */
  allow(key: string): boolean {
    const now = this.now()
    const window = this.windows.get(key)
    if (window === undefined || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now)
      this.windows.set(key, { start: now, count: 1 })
      return true
    }
    window.count++
    return window.count <= this.maxPerWindow
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key)
    }
  }
}
