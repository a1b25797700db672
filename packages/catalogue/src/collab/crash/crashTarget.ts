import { openPostgresStore } from '../../postgres/openPostgresStore'
import { openSqliteStore } from '../../sqlite/openSqliteStore'
import type { CatalogueStore } from '../../store'

/** Where the crash writer stores: a SQLite file, or a PostgreSQL schema. */
export type CrashTarget =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string; schema: string }

export function openTarget(target: CrashTarget): Promise<CatalogueStore> {
  return target.kind === 'sqlite'
    ? openSqliteStore({ file: target.file })
    : openPostgresStore({
        connectionString: target.connectionString,
        schema: target.schema,
        poolSize: 1,
      })
}

/** The target as command-line arguments for the writer process, and back. */
export function targetArgs(target: CrashTarget): string[] {
  return target.kind === 'sqlite'
    ? ['sqlite', target.file]
    : ['postgres', target.connectionString, target.schema]
}

export function parseTarget(args: readonly string[]): { target: CrashTarget; rest: string[] } {
  const [kind, first, second, ...rest] = args
  if (kind === 'sqlite' && first !== undefined) {
    return { target: { kind, file: first }, rest: second === undefined ? rest : [second, ...rest] }
  }
  if (kind === 'postgres' && first !== undefined && second !== undefined) {
    return { target: { kind, connectionString: first, schema: second }, rest }
  }
  throw new Error(
    'usage: crashWriter.ts (sqlite <file> | postgres <url> <schema>) <blockId> <version>'
  )
}
