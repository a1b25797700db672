import type { SqlDialect } from '../core/dialect'

/** Name of the SQL function that lower-cases text beyond ASCII (see SqlDialect.caseFold). */
export const SQLITE_CASE_FOLD = 'bp_casefold'

/** The SQLite side of the shared queries' differences (core/dialect.ts). */
export const SQLITE_DIALECT: SqlDialect = {
  binaryCollation: '',
  caseFold: (e: string) => `${SQLITE_CASE_FOLD}(${e})`,
  rowLocks: false,
  collabAppendFunction: false,
}
