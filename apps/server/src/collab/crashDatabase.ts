/**
 * A PostgreSQL database of its own for one crash-test server. The server always works in the
 * `public` schema of the database DATABASE_URL names, so a fresh schema is not enough: it gets a
 * fresh database on the same PostgreSQL server, dropped again afterwards. Creating one needs the
 * CREATEDB right (or a superuser), which the error says when it is missing.
 */
import pg from 'pg'

export interface ScratchDatabase {
  /** DATABASE_URL of the new database. */
  url: string
  drop(): Promise<void>
}

export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `bauplan_crash_${process.pid}_${Date.now().toString(36)}`
  await withClient(serverUrl, async (client) => {
    try {
      await client.query(`CREATE DATABASE "${name}"`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(
        `The server crash test needs a database of its own; CREATE DATABASE failed (the role of DATABASE_URL needs CREATEDB): ${reason}`
      )
    }
  })
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    // FORCE: connections of a killed server may still be open on the PostgreSQL side.
    drop: async () => {
      await withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      )
    },
  }
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}
