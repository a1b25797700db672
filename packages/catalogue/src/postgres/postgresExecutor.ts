import type { Pool, PoolClient } from 'pg'
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
import { translatePostgresError } from './postgresErrors'

const numbered = new Map<string, string>()

/** The shared queries use `?`; PostgreSQL wants `$1, $2, …`. (No shared query has `?` in a literal.) */
export function numberPlaceholders(sql: string): string {
  let converted = numbered.get(sql)
  if (converted === undefined) {
    let index = 0
    converted = sql.replace(/\?/g, () => `$${++index}`)
    if (numbered.size < 1024) numbered.set(sql, converted)
  }
  return converted
}

function bindable(params: readonly SqlValue[]): unknown[] {
  return params.map((value) =>
    value instanceof Uint8Array && !Buffer.isBuffer(value)
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      : value
  )
}

interface Queryable {
  query(sql: string, params: unknown[]): Promise<{ rows: SqlRow[]; rowCount: number | null }>
}

async function queryRows(target: Queryable, sql: string, params: readonly SqlValue[]) {
  try {
    return await target.query(numberPlaceholders(sql), bindable(params))
  } catch (error) {
    throw translatePostgresError(error)
  }
}

/** One pooled client inside a transaction. */
class PostgresConnection implements TransactionConnection {
  constructor(private readonly client: PoolClient) {}

  async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
    return (await queryRows(this.client, sql, params)).rows
  }

  async run(sql: string, params: readonly SqlValue[]): Promise<number> {
    return (await queryRows(this.client, sql, params)).rowCount ?? 0
  }

  async control(sql: string): Promise<void> {
    await queryRows(this.client, sql, [])
  }
}

/** The executor outside transactions: single statements on the pool, transactions on one client. */
export class PostgresExecutor implements SqlExecutor {
  private readonly owner = {}

  constructor(private readonly pool: Pool) {}

  private guard(): void {
    if (insideTransactionOf(this.owner))
      throw new TransactionMisuseError(OUTER_STORE_IN_TRANSACTION)
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    this.guard()
    return (await queryRows(this.pool, sql, params)).rows
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    this.guard()
    return (await queryRows(this.pool, sql, params)).rowCount ?? 0
  }

  async atomic<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    this.guard()
    let client: PoolClient
    try {
      client = await this.pool.connect()
    } catch (error) {
      throw translatePostgresError(error)
    }
    const connection = new PostgresConnection(client)
    const scoped = new ScopedExecutor(connection, 1)
    let broken: Error | undefined
    try {
      await connection.control('BEGIN')
      const result = await transactionScope.run(this.owner, () => fn(scoped))
      // End the scope before COMMIT/ROLLBACK: calls fn started but did not await must fail, not run
      // on this connection after the transaction (or, once released, in someone else's).
      scoped.end()
      await connection.control('COMMIT')
      return result
    } catch (error) {
      scoped.end()
      try {
        await client.query('ROLLBACK')
      } catch (rollbackError) {
        // The connection is unusable; tell the pool to discard it instead of handing it out again.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
      }
      throw error
    } finally {
      client.release(broken)
    }
  }

  async close(): Promise<void> {
    this.guard()
    await this.pool.end()
  }
}
