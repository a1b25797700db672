import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { PostgresExecutor } from './postgresExecutor'

// A relaxed transaction (AtomicOptions) commits without waiting for its WAL record to be flushed:
// `SET LOCAL synchronous_commit = off`, which ends with the transaction. No schema is needed.

const url = process.env.DATABASE_URL
if (!url) {
  console.warn(
    'PostgreSQL relaxed-commit tests SKIPPED: DATABASE_URL is not set. Enable them with e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test pnpm exec vitest run --project catalogue'
  )
}

describe.skipIf(!url)('PostgreSQL relaxed commits', () => {
  it('turn synchronous_commit off for that transaction only', async () => {
    // One connection, so "afterwards" is the same session the transaction ran on.
    const ex = new PostgresExecutor(new pg.Pool({ connectionString: url, max: 1 }))
    const setting = async (on: { all: PostgresExecutor['all'] }) =>
      String((await on.all('SHOW synchronous_commit'))[0]?.synchronous_commit)
    try {
      const before = await setting(ex)
      const relaxed = await ex.atomic((tx) => setting(tx), { durability: 'relaxed' })
      const full = await ex.atomic((tx) => setting(tx))
      expect(relaxed).toBe('off')
      expect(full).toBe(before)
      expect(before).not.toBe('off')
      expect(await setting(ex)).toBe(before)
    } finally {
      await ex.close()
    }
  })
})
