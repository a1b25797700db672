/**
 * Opens the catalogue store once for the app: PostgreSQL when DATABASE_URL is set (a state-wide
 * installation), otherwise the embedded SQLite file in BAUPLAN_DATA_DIR (a small municipality on
 * one machine). Opening applies the migrations; closing the app closes the store.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { openPostgresStore, openSqliteStore, type CatalogueStore } from '@bauplan/catalogue'
import type { ServerConfig } from '../config'
import { globalPlugin } from '../http/globalPlugin'

export const SQLITE_FILE_NAME = 'catalogue.sqlite'

export async function openConfiguredStore(
  config: ServerConfig,
  clock?: () => Date
): Promise<CatalogueStore> {
  if (config.databaseUrl !== undefined) {
    return openPostgresStore({ connectionString: config.databaseUrl, clock })
  }
  await mkdir(config.dataDir, { recursive: true })
  return openSqliteStore({ file: path.join(config.dataDir, SQLITE_FILE_NAME), clock })
}

export interface StorePluginOptions {
  /** An already opened store (tests and tools); the app then does NOT close it. */
  store?: CatalogueStore
  clock?: () => Date
}

export const storePlugin = globalPlugin<StorePluginOptions>(async (app, options) => {
  const store = options.store ?? (await openConfiguredStore(app.config, options.clock))
  app.decorate('store', store)
  if (options.store === undefined) app.addHook('onClose', async () => store.close())
})

declare module 'fastify' {
  interface FastifyInstance {
    store: CatalogueStore
  }
}
