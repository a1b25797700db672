import { TransactionMisuseError } from '../errors'

/** Values passed to SQL. Timestamps travel as ISO strings, JSON as text, booleans are not used. */
export type SqlValue = string | number | null | Uint8Array
export type SqlRow = Record<string, unknown>

/**
 * What the shared store code needs from a database: queries with `?` placeholders (the PostgreSQL
 * adapter numbers them), affected-row counts, and atomic sections. Driver errors come out already
 * translated into `CatalogueError`s.
 */
export interface SqlExecutor {
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>
  /** Runs `fn` all-or-nothing: a transaction at the top, a savepoint inside a transaction. */
  atomic<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T>
}

/** One open connection inside a transaction: the part that differs between SQLite and PostgreSQL. */
export interface TransactionConnection {
  all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]>
  run(sql: string, params: readonly SqlValue[]): Promise<number>
  /** Statements without parameters or results: SAVEPOINT, RELEASE, ROLLBACK TO. */
  control(sql: string): Promise<void>
}

const PARALLEL_USE = {
  de: 'Innerhalb einer Transaktion müssen Aufrufe nacheinander erfolgen (jeweils mit await), nicht parallel.',
  en: 'Inside a transaction, calls must run one after another (await each), not in parallel.',
}
const USE_AFTER_END = {
  de: 'Diese Transaktion ist schon beendet; ihr Speicherobjekt kann nicht mehr verwendet werden.',
  en: 'This transaction has already ended; its store object can no longer be used.',
}

/**
 * The executor inside a transaction, at one savepoint depth. It refuses calls while a nested atomic
 * section is open (parallel calls would interleave savepoints and break all-or-nothing) and after its
 * scope has ended (a transaction store kept beyond its transaction).
 */
export class ScopedExecutor implements SqlExecutor {
  private childOpen = false
  private ended = false

  constructor(
    private readonly connection: TransactionConnection,
    private readonly depth: number,
    private readonly parent?: ScopedExecutor
  ) {}

  end(): void {
    this.ended = true
  }

  /** Ended itself, or inside a savepoint or transaction that has ended (a call that outlived it). */
  private hasEnded(): boolean {
    return this.ended || (this.parent?.hasEnded() ?? false)
  }

  private checkUsable(): void {
    if (this.hasEnded()) throw new TransactionMisuseError(USE_AFTER_END)
    if (this.childOpen) throw new TransactionMisuseError(PARALLEL_USE)
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    this.checkUsable()
    return this.connection.all(sql, params)
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    this.checkUsable()
    return this.connection.run(sql, params)
  }

  async atomic<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    this.checkUsable()
    const savepoint = `bauplan_sp_${this.depth}`
    this.childOpen = true
    const child = new ScopedExecutor(this.connection, this.depth + 1, this)
    try {
      await this.connection.control(`SAVEPOINT ${savepoint}`)
      let result: T
      try {
        result = await fn(child)
      } catch (error) {
        // End the scope first: a call fn started but did not await must not run after the rollback.
        child.end()
        await this.connection.control(`ROLLBACK TO SAVEPOINT ${savepoint}`)
        await this.connection.control(`RELEASE SAVEPOINT ${savepoint}`)
        throw error
      }
      child.end()
      await this.connection.control(`RELEASE SAVEPOINT ${savepoint}`)
      return result
    } finally {
      child.end()
      this.childOpen = false
    }
  }
}

export const OUTER_STORE_IN_TRANSACTION = {
  de: 'Innerhalb von transaction(fn) muss das an fn übergebene Speicherobjekt verwendet werden, nicht das äußere.',
  en: 'Inside transaction(fn), use the store passed to fn, not the outer one.',
}
