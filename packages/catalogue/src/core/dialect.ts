/** SQL differences the shared queries must know about. */
export interface SqlDialect {
  /** Appended to ORDER BY keys so both databases sort text byte-wise (PostgreSQL: COLLATE "C"). */
  binaryCollation: string
}
