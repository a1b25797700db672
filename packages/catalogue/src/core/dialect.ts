/** SQL differences the shared queries must know about. */
export interface SqlDialect {
  /** Appended to ORDER BY keys so both databases sort text byte-wise (PostgreSQL: COLLATE "C"). */
  binaryCollation: string
  /**
   * Wraps a text expression so it compares case-insensitively, umlauts included. SQLite's own lower()
   * folds ASCII only, so the SQLite adapter registers a function that lower-cases as JavaScript does;
   * PostgreSQL's lower() follows the database's ctype (a UTF-8 locale such as C.UTF-8 folds umlauts).
   */
  caseFold(expression: string): string
  /**
   * PostgreSQL: `SELECT … FOR UPDATE` locks rows and `WITH` may hold INSERT/UPDATE. SQLite has
   * neither (a write transaction excludes every other writer anyway).
   */
  rowLocks: boolean
  /**
   * PostgreSQL: the database has `collab_append_group` (migration 009), which writes a group of
   * collaborative-document appends in one statement (collabAppendStatement.ts) instead of a
   * transaction of five round trips. SQLite: the group is a transaction on the connection (or the
   * append thread's), where statements cost no round trip.
   */
  collabAppendFunction: boolean
}
