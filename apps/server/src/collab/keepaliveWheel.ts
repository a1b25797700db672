/**
 * Keepalive for many open connections, spread over the interval: each connection belongs to one
 * of `slots` slots, and every `intervalMs / slots` one slot's connections are checked — pinged if
 * they answered their previous ping, dropped if not. So every connection is still pinged once per
 * interval and dropped when it leaves a ping unanswered for a whole interval, but the pings of 600
 * connections go out ~20 at a time instead of all in one turn of the event loop: pinging them
 * together kept the loop from relaying edits for 17 ms every 30 s, and their 600 pongs arrived
 * together as well (bench/collab/relayBench.ts S1, docs/benchmarks.md § relay).
 *
 * Knows no sockets: the caller says how to ping and how to drop, and calls `answered` on a pong.
 */
export interface KeepaliveWheelOptions<Connection> {
  intervalMs: number
  /** Slots the interval is divided into (one check every `intervalMs / slots`). */
  slots: number
  ping: (connection: Connection) => void
  drop: (connection: Connection) => void
}

export class KeepaliveWheel<Connection> {
  private readonly wheel: Set<Connection>[]
  /** The slot and whether the last ping was answered, per connection. */
  private readonly state = new Map<Connection, { slot: number; alive: boolean }>()
  private next = 0
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(private readonly options: KeepaliveWheelOptions<Connection>) {
    if (!Number.isInteger(options.slots) || options.slots < 1) {
      throw new RangeError(`slots must be a whole number ≥ 1, not ${options.slots}`)
    }
    this.wheel = Array.from({ length: options.slots }, () => new Set<Connection>())
  }

  /** Checks one slot per `intervalMs / slots` from now on. */
  start(): void {
    if (this.timer !== undefined) return
    this.timer = setInterval(() => this.tick(), this.options.intervalMs / this.options.slots)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** A new connection joins the slot with the fewest connections (first ping within an interval). */
  add(connection: Connection): void {
    if (this.state.has(connection)) return
    let slot = 0
    for (let index = 1; index < this.wheel.length; index++) {
      if (this.wheel[index]!.size < this.wheel[slot]!.size) slot = index
    }
    this.wheel[slot]!.add(connection)
    this.state.set(connection, { slot, alive: true })
  }

  /** The connection answered (a pong): it is kept at its next check. */
  answered(connection: Connection): void {
    const state = this.state.get(connection)
    if (state) state.alive = true
  }

  remove(connection: Connection): void {
    const state = this.state.get(connection)
    if (!state) return
    this.wheel[state.slot]!.delete(connection)
    this.state.delete(connection)
  }

  /** Checks the next slot: drops who left the last ping unanswered, pings the others. */
  tick(): void {
    const slot = this.wheel[this.next]!
    this.next = (this.next + 1) % this.wheel.length
    for (const connection of [...slot]) {
      const state = this.state.get(connection)!
      if (!state.alive) {
        this.remove(connection)
        this.options.drop(connection)
        continue
      }
      state.alive = false
      this.options.ping(connection)
    }
  }

  /** Connections per slot (for tests). */
  slotSizes(): number[] {
    return this.wheel.map((slot) => slot.size)
  }
}
