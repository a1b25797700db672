import type { SqlDialect } from '../core/dialect'

/** The PostgreSQL side of the shared queries' differences (core/dialect.ts). */
export const POSTGRES_DIALECT: SqlDialect = {
  binaryCollation: ' COLLATE "C"',
  // lower() follows the database's ctype: a UTF-8 locale folds umlauts too.
  caseFold: (e: string) => `lower(${e})`,
  rowLocks: true,
  collabAppendFunction: true,
}
