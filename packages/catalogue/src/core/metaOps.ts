import type { AppliedMigration } from '../model/records'
import { nowIso, type StoreContext } from './context'
import { firstRow } from './opsSupport'
import { appliedMigrationOf } from './rowMappers'
import { requireText } from './validation'

export function metaOps(ctx: StoreContext) {
  return {
    async getMeta(key: string): Promise<string | null> {
      const row = await firstRow(ctx.ex, 'SELECT value FROM meta WHERE key = ?', [key])
      return row === undefined ? null : String(row.value)
    },

    async setMeta(key: string, value: string): Promise<void> {
      await ctx.ex.run(
        `INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [requireText(key, 'key', 200), value, nowIso(ctx)]
      )
    },

    async listAppliedMigrations(): Promise<AppliedMigration[]> {
      const rows = await ctx.ex.all(
        'SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version',
        []
      )
      return rows.map(appliedMigrationOf)
    },
  }
}
