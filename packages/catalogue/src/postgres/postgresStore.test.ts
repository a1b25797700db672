import { existsSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { MigrationError } from '../errors'
import { loadMigrations, migrationsDirectory } from '../migrations/loadMigrations'
import { sha256Hex } from '../contentHash'
import { stemGerman } from '../stemmer/germanStemmer'
import type { CatalogueStore } from '../store'
import { describeStoreContract } from '../test/storeContract'
import { openPostgresStore } from './openPostgresStore'
import { applyPostgresMigrations } from './postgresMigrations'

const url = process.env.DATABASE_URL
if (!url) {
  console.warn(
    'PostgreSQL tests SKIPPED: DATABASE_URL is not set. Enable them with e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test pnpm exec vitest run --project catalogue'
  )
}

// Every test gets its own schema under this run's prefix; all of them are dropped at the end.
const runPrefix = `bp_test_${process.pid}_${Date.now().toString(36)}`
let schemaCounter = 0
function freshSchema(): string {
  schemaCounter += 1
  return `${runPrefix}_${schemaCounter}`
}

// Creating and migrating a schema is most of a test's time (DDL), so the next test's schema is
// prepared in the background while the current test runs. Tests still each get an untouched schema.
const preparations: Promise<unknown>[] = []
let nextSchema: Promise<string> | undefined
function prepareSchema(connectionString: string): Promise<string> {
  const schema = freshSchema()
  const ready = openPostgresStore({ connectionString, schema, poolSize: 1 })
    .then((store) => store.close())
    .then(() => schema)
  preparations.push(ready.catch(() => undefined))
  return ready
}
function takeSchema(connectionString: string): Promise<string> {
  const schema = nextSchema ?? prepareSchema(connectionString)
  nextSchema = prepareSchema(connectionString)
  return schema
}

afterAll(async () => {
  if (!url) return
  await Promise.all(preparations)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const schemas = await client.query<{ nspname: string }>(
    'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
    [`${runPrefix}\\_%`]
  )
  for (const { nspname } of schemas.rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`)
  await client.end()
  // Dropping some eighty schemas takes well over the default 10 s on a busy machine; a timeout here
  // would leave them all behind in the shared test database.
}, 180_000)

describe.skipIf(!url)('PostgreSQL adapter', () => {
  const connectionString = url ?? ''

  describeStoreContract('PostgreSQL', async (clock) => {
    const schema = await takeSchema(connectionString)
    let store: CatalogueStore | null = await openPostgresStore({
      connectionString,
      schema,
      clock,
      poolSize: 3,
    })
    const raw = new pg.Client({ connectionString, options: `-c search_path=${schema}` })
    await raw.connect()
    return {
      dialect: 'postgres',
      get store() {
        if (store === null) throw new Error('store is closed')
        return store
      },
      async rawExecute(sql) {
        await raw.query(sql)
      },
      async reopen() {
        await store?.close()
        store = null
        store = await openPostgresStore({ connectionString, schema, clock, poolSize: 3 })
        return store
      },
      async dispose() {
        await raw.end()
        await store?.close()
        store = null
      },
    }
  })

  describe('PostgreSQL adapter specifics', () => {
    it('rolls back a failing migration completely and records nothing for it', async () => {
      const schema = freshSchema()
      const client = new pg.Client({ connectionString, options: `-c search_path=${schema}` })
      await client.connect()
      const good = {
        version: 1,
        name: 'good',
        sql: 'CREATE TABLE a (x integer);',
        checksum: sha256Hex('a'),
      }
      const bad = {
        version: 2,
        name: 'bad',
        sql: 'CREATE TABLE b (x integer); INSERT INTO missing VALUES (1);',
        checksum: sha256Hex('b'),
      }
      const pool = { query: client.query.bind(client) } as unknown as pg.PoolClient
      await expect(
        applyPostgresMigrations(pool, schema, [good, bad], () => new Date())
      ).rejects.toThrow(MigrationError)
      const tables = await client.query(
        'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
        [schema]
      )
      expect(tables.rows.map((r) => r.tablename)).toEqual(['a', 'schema_migrations'])
      const applied = await client.query('SELECT version FROM schema_migrations')
      expect(applied.rows.map((r) => r.version)).toEqual([1])
      await client.end()
    })

    it('applies migrations once when several processes open the same schema at once', async () => {
      const schema = freshSchema()
      const stores = await Promise.all(
        [1, 2, 3].map(() => openPostgresStore({ connectionString, schema, poolSize: 2 }))
      )
      for (const store of stores)
        expect(await store.listAppliedMigrations()).toHaveLength(
          loadMigrations(migrationsDirectory('postgres')).length
        )
      await Promise.all(stores.map((store) => store.close()))
    })

    it('refuses an unsafe schema name before connecting', async () => {
      await expect(openPostgresStore({ connectionString, schema: 'x"; DROP' })).rejects.toThrow(
        /schema/
      )
    })
  })

  describe('stemGerman agrees with PostgreSQL’s Snowball German stemmer', () => {
    async function compare(words: readonly string[]): Promise<string[]> {
      const client = new pg.Client({ connectionString })
      await client.connect()
      const result = await client.query<{ word: string; stem: string | null }>(
        "SELECT w AS word, (ts_lexize('german_stem', w))[1] AS stem FROM unnest($1::text[]) AS w",
        [words]
      )
      await client.end()
      // ts_lexize gives no stem for PostgreSQL's stopwords; those are not a stemming difference.
      return result.rows
        .filter((row) => row.stem !== null && row.stem !== stemGerman(row.word))
        .map((row) => `${row.word}: postgres ${row.stem}, ours ${stemGerman(row.word)}`)
    }

    it('on words chosen to exercise every rule', async () => {
      const words = [
        'gewerbeanmeldungen',
        'hundes',
        'bescheiden',
        'zahlungen',
        'prüfung',
        'prüfen',
        'derbsten',
        'äckern',
        'bedürfnissen',
        'steigung',
        'beteiligung',
        'zuständigkeit',
        'vollständigkeit',
        'freiheit',
        'elektronisch',
        'herrlichkeit',
        'gesellschaftlich',
        'kategorisch',
        'bauen',
        'bayern',
        'straße',
        'häuser',
        'aufeinanderfolgend',
        'wichtigkeit',
        'genauigkeit',
        'kindisch',
        'schnellsten',
        'ackers',
        'kameras',
        'ergebnisse',
        'mitwirkende',
        'ausländerbehörde',
      ]
      expect(await compare(words)).toEqual([])
    })

    const research = new URL('../../../../../shared/research/domain-egov.md', import.meta.url)
    it.skipIf(!existsSync(research))(
      'on every word of the domain research text (skipped when ../shared is absent)',
      async () => {
        const words = [
          ...new Set(
            readFileSync(research, 'utf8')
              .match(/\p{L}+/gu)
              ?.map((w) => w.toLowerCase())
          ),
        ]
        expect(words.length).toBeGreaterThan(1000)
        expect(await compare(words)).toEqual([])
      }
    )
  })
})
