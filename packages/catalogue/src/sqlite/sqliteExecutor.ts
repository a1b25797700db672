import type { Database, Statement } from 'better-sqlite3'
import { AsyncLock } from '../core/asyncLock'
import {
  OUTER_STORE_IN_TRANSACTION,
  ScopedExecutor,
  type SqlExecutor,
  type SqlRow,
  type SqlValue,
  type TransactionConnection,
} from '../core/sqlExecutor'
import { insideTransactionOf, transactionScope } from '../core/transactionScope'
import { TransactionMisuseError } from '../errors'
import { translateSqliteError } from './sqliteErrors'
import { WriteTurns } from './writeTurns'

const STATEMENT_CACHE_SIZE = 256

function bindable(params: readonly SqlValue[]): unknown[] {
  // better-sqlite3 binds Buffers as BLOBs but not plain Uint8Arrays.
  return params.map((value) =>
    value instanceof Uint8Array && !Buffer.isBuffer(value)
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      : value
  )
}

/** The one better-sqlite3 connection, with prepared statements cached and errors translated. */
export class SqliteConnection implements TransactionConnection {
  private readonly statements = new Map<string, Statement>()

  constructor(readonly db: Database) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql)
    if (statement === undefined) {
      statement = this.db.prepare(sql)
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.statements.keys().next().value
        if (oldest !== undefined) this.statements.delete(oldest)
      }
      this.statements.set(sql, statement)
    }
    return statement
  }

  allNow(sql: string, params: readonly SqlValue[]): SqlRow[] {
    try {
      return this.prepare(sql).all(...bindable(params)) as SqlRow[]
    } catch (error) {
      throw translateSqliteError(error)
    }
  }

  runNow(sql: string, params: readonly SqlValue[]): number {
    try {
      return this.prepare(sql).run(...bindable(params)).changes
    } catch (error) {
      throw translateSqliteError(error)
    }
  }

  controlNow(sql: string): void {
    try {
      this.db.exec(sql)
    } catch (error) {
      throw translateSqliteError(error)
    }
  }

  async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.allNow(sql, params)
  }

  async run(sql: string, params: readonly SqlValue[]): Promise<number> {
    return this.runNow(sql, params)
  }

  async control(sql: string): Promise<void> {
    this.controlNow(sql)
  }
}

/**
 * The executor outside transactions. Everything goes through one FIFO lock: a transaction holds it
 * across its awaits, so no other caller's statement can slip into it on the shared connection.
 * Writes also take their turn with the append thread's (WriteTurns).
 */
/** A statement that only reads (no turn needed, see WriteTurns). */
function isRead(sql: string): boolean {
  return /^\s*SELECT\b/i.test(sql)
}

export class SqliteExecutor implements SqlExecutor {
  private readonly lock = new AsyncLock()
  private readonly turns = new WriteTurns()
  private readonly owner = {}

  constructor(private readonly connection: SqliteConnection) {}

  private guard(): void {
    if (insideTransactionOf(this.owner))
      throw new TransactionMisuseError(OUTER_STORE_IN_TRANSACTION)
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    this.guard()
    if (isRead(sql)) return this.lock.run(() => this.connection.allNow(sql, params))
    return this.lock.run(() => this.turns.exclusive(() => this.connection.allNow(sql, params)))
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    this.guard()
    return this.lock.run(() => this.turns.exclusive(() => this.connection.runNow(sql, params)))
  }

  /**
   * Runs `work` — a write made on another connection to the same file (the append thread) — in
   * turn with this connection's writes (WriteTurns): never while one of them is under way, and
   * several such writes may be out at once. Reads on this connection go on meanwhile.
   */
  async alongside<T>(work: () => Promise<T>): Promise<T> {
    this.guard()
    return this.turns.shared(work)
  }

  async atomic<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    this.guard()
    return this.lock.run(() => this.turns.exclusive(() => this.transaction(fn)))
  }

  private async transaction<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock now, so another process cannot make us fail at our first write.
    this.connection.controlNow('BEGIN IMMEDIATE')
    const scoped = new ScopedExecutor(this.connection, 1)
    let result: T
    try {
      result = await transactionScope.run(this.owner, () => fn(scoped))
    } catch (error) {
      // End the scope before rolling back: calls fn started but did not await must fail, not
      // run outside the transaction.
      scoped.end()
      if (this.connection.db.inTransaction) this.connection.controlNow('ROLLBACK')
      throw error
    }
    scoped.end()
    try {
      this.connection.controlNow('COMMIT')
    } catch (error) {
      if (this.connection.db.inTransaction) this.connection.controlNow('ROLLBACK')
      throw error
    }
    return result
  }

  async close(): Promise<void> {
    this.guard()
    // After the append groups still out in the thread (their turns) have ended.
    await this.lock.run(() => this.turns.exclusive(() => this.connection.db.close()))
  }
}
