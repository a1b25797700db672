import type { SqlValue } from './sqlExecutor'

/** A piece of SQL with the values of its `?` placeholders, in order. */
export interface Sql {
  sql: string
  params: SqlValue[]
}

export const sql = (text: string, params: readonly SqlValue[] = []): Sql => ({
  sql: text,
  params: [...params],
})

/** Joins fragments in order, so the `?` placeholders and their values always stay aligned. */
export function concat(parts: readonly Sql[], separator = '\n'): Sql {
  return {
    sql: parts.map((part) => part.sql).join(separator),
    params: parts.flatMap((part) => part.params),
  }
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ')
}

export function where(conditions: readonly Sql[]): Sql {
  return conditions.length === 0
    ? sql('WHERE 1 = 1')
    : concat([sql('WHERE'), concat(conditions, ' AND ')], ' ')
}
