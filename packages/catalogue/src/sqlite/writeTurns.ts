interface Waiter {
  kind: 'shared' | 'exclusive'
  start: () => void
}

/**
 * Turns at writing one SQLite file from two connections: the store's own (`exclusive`: a
 * transaction or a write statement) and the append thread's (`shared`: an append group out in the
 * thread). Append groups may be out several at once — the thread writes them one after another on
 * its connection — but never while the store's connection writes, and a store write starts only
 * when no group is out. So neither connection ever waits in SQLite's busy handler for the other:
 * the store's connection would sleep there on the event loop. First come, first served: a waiting
 * store write holds back later groups, so a steady stream of appends cannot starve it.
 *
 * Reads need no turn: in WAL mode a reader sees the last commit and neither blocks nor waits for
 * the writer.
 */
export class WriteTurns {
  private sharedHolders = 0
  private exclusiveHeld = false
  private readonly waiting: Waiter[] = []

  shared<T>(work: () => Promise<T>): Promise<T> {
    return this.take('shared', work)
  }

  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    return this.take('exclusive', work)
  }

  private take<T>(kind: Waiter['kind'], work: () => Promise<T> | T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        if (kind === 'shared') this.sharedHolders++
        else this.exclusiveHeld = true
        let result: Promise<T>
        try {
          result = Promise.resolve(work())
        } catch (error) {
          result = Promise.reject(error)
        }
        void result
          .finally(() => {
            if (kind === 'shared') this.sharedHolders--
            else this.exclusiveHeld = false
            this.startWaiting()
          })
          .then(resolve, reject)
      }
      if (this.waiting.length === 0 && this.mayStart(kind)) start()
      else this.waiting.push({ kind, start })
    })
  }

  private mayStart(kind: Waiter['kind']): boolean {
    if (this.exclusiveHeld) return false
    return kind === 'shared' || this.sharedHolders === 0
  }

  private startWaiting(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]
      if (next === undefined || !this.mayStart(next.kind)) return
      this.waiting.shift()
      next.start()
    }
  }
}
