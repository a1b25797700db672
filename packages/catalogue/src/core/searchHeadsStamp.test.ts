import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../postgres/openPostgresStore'
import { openSqliteStore } from '../sqlite/openSqliteStore'
import type { CatalogueStore } from '../store'
import { blockId, publish, seedDraft } from '../test/contract/fixtures'

/**
 * The facet counts of the published-heads search come from an index held in the process, valid for
 * one stamp of published_heads (docs/decisions/0012). These tests use two stores on one database —
 * what two server instances are — and check that a change made through one is counted at once by
 * the other, on both backends.
 */

const directory = mkdtempSync(join(tmpdir(), 'bauplan-heads-stamp-'))
const url = process.env.DATABASE_URL
const schemaPrefix = `bp_stamp_${process.pid}_${Date.now().toString(36)}`
const schemas: string[] = []

afterAll(async () => {
  rmSync(directory, { recursive: true, force: true })
  if (!url || schemas.length === 0) return
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  await client.end()
}, 60_000)

if (!url) {
  console.warn('searchHeadsStamp: PostgreSQL part SKIPPED, DATABASE_URL is not set.')
}

type OpenPair = () => Promise<[CatalogueStore, CatalogueStore]>

const openSqlitePair: OpenPair = async () => {
  const file = join(directory, `catalogue-${Math.random().toString(36).slice(2)}.sqlite`)
  return [await openSqliteStore({ file }), await openSqliteStore({ file })]
}

const openPostgresPair: OpenPair = async () => {
  const schema = `${schemaPrefix}_${schemas.length + 1}`
  schemas.push(schema)
  const connectionString = url ?? ''
  return [
    await openPostgresStore({ connectionString, schema, poolSize: 1 }),
    await openPostgresStore({ connectionString, schema, poolSize: 1 }),
  ]
}

async function publishBlock(store: CatalogueStore, slug: string, bausteinart: string) {
  const draft = await seedDraft(store, slug, '1.0.0', {
    name: `Antrag ${slug}`,
    bausteinart,
  })
  await publish(store, { blockId: draft.blockId, version: draft.version })
}

function describeStamp(name: string, openPair: OpenPair, skip: boolean) {
  describe.skipIf(skip)(`published-heads facet index across stores: ${name}`, () => {
    it('counts what another store published or withdrew in its very next search', async () => {
      const [writer, reader] = await openPair()
      try {
        await publishBlock(writer, 'antrag-eins', 'prozessbaustein')
        const first = await reader.search({ text: 'Antrag' })
        expect(first.total).toBe(1)
        expect(first.facets.bausteinart).toEqual([{ value: 'prozessbaustein', count: 1 }])

        await publishBlock(writer, 'antrag-zwei', 'stammprozess')
        for (const query of [{ text: 'Antrag' }, {}]) {
          const second = await reader.search(query)
          expect(second.total).toBe(2)
          expect(second.facets.bausteinart).toEqual([
            { value: 'prozessbaustein', count: 1 },
            { value: 'stammprozess', count: 1 },
          ])
        }

        const withdrawn = await writer.setVersionState({
          blockId: blockId('antrag-eins'),
          version: '1.0.0',
          expected: 'veroeffentlicht',
          next: 'abgekuendigt',
          kind: 'abgekuendigt',
        })
        expect(withdrawn.ok).toBe(true)
        const third = await reader.search({
          text: 'Antrag',
          filters: { bausteinart: ['prozessbaustein'] },
        })
        expect(third.total).toBe(0)
        expect(third.hits).toEqual([])
        expect(third.facets.bausteinart).toEqual([{ value: 'stammprozess', count: 1 }])
      } finally {
        await writer.close()
        await reader.close()
      }
    })
  })
}

describeStamp('SQLite', openSqlitePair, false)
describeStamp('PostgreSQL', openPostgresPair, !url)
