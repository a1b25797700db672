/**
 * A FIFO mutex for async work. The SQLite adapter has one connection: while one caller's transaction
 * awaits between statements, everybody else must wait, or their statements would land inside it.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve()

  run<T>(work: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(work)
    // The next caller waits for this one to settle, whether it succeeded or not.
    this.tail = result.then(
      () => undefined,
      () => undefined
    )
    return result
  }
}
