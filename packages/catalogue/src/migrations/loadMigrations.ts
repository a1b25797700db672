import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sha256Hex } from '../contentHash'
import { MigrationError } from '../errors'

export interface Migration {
  version: number
  name: string
  sql: string
  /** sha256 of the file; a changed applied migration is refused, not silently skipped. */
  checksum: string
}

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/

/** Where the SQL files of a dialect live: `packages/catalogue/migrations/<dialect>/`. */
export function migrationsDirectory(dialect: 'sqlite' | 'postgres'): URL {
  return new URL(`../../migrations/${dialect}/`, import.meta.url)
}

/** Reads `NNN_name.sql` files in version order; numbering must be 1, 2, 3, … without gaps. */
export function loadMigrations(directory: URL): Migration[] {
  const path = fileURLToPath(directory)
  const migrations = readdirSync(path)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => {
      const sql = readFileSync(new URL(file, directory), 'utf8')
      return { version: Number(match[1]), name: match[2] ?? file, sql, checksum: sha256Hex(sql) }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError({
        de: `Migrationen in ${path} müssen lückenlos ab 001 nummeriert sein; ${String(migration.version).padStart(3, '0')} passt nicht.`,
        en: `Migrations in ${path} must be numbered from 001 without gaps; ${String(migration.version).padStart(3, '0')} does not fit.`,
      })
    }
  })
  return migrations
}

/** Checks an applied migration against the file of the same version. */
export function checkApplied(
  applied: { version: number; checksum: string },
  known: readonly Migration[]
): void {
  const migration = known.find((m) => m.version === applied.version)
  if (migration === undefined) {
    throw new MigrationError({
      de: `Die Datenbank enthält Migration ${applied.version}, die dieses Programm nicht kennt: sie wurde mit einer neueren Version geöffnet.`,
      en: `The database contains migration ${applied.version}, which this program does not know: it was opened by a newer version.`,
    })
  }
  if (migration.checksum !== applied.checksum) {
    throw new MigrationError({
      de: `Migration ${migration.version}_${migration.name} wurde nach dem Anwenden geändert; geänderte Migrationen werden nicht übernommen. Legen Sie eine neue Migration an.`,
      en: `Migration ${migration.version}_${migration.name} was changed after it was applied; changed migrations are refused. Add a new migration instead.`,
    })
  }
}

export function migrationFailed(migration: Migration, cause: unknown): MigrationError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new MigrationError(
    {
      de: `Migration ${migration.version}_${migration.name} ist fehlgeschlagen und wurde zurückgerollt: ${detail}`,
      en: `Migration ${migration.version}_${migration.name} failed and was rolled back: ${detail}`,
    },
    { cause }
  )
}
