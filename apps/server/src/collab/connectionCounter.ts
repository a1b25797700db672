/**
 * Counts open collaboration connections per key (user id, client IP), so one person or one
 * machine cannot hold the server's sockets and memory: an upgrade over the limit is refused (429).
 */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>()

  constructor(private readonly limit: number) {}

  /** Takes a place for `key`; false when the key already has `limit` connections. */
  tryAcquire(key: string): boolean {
    const count = this.counts.get(key) ?? 0
    if (count >= this.limit) return false
    this.counts.set(key, count + 1)
    return true
  }

  release(key: string): void {
    const count = this.counts.get(key) ?? 0
    if (count <= 1) this.counts.delete(key)
    else this.counts.set(key, count - 1)
  }
}
