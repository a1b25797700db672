import type { DisplayNameQuery, DisplayNames } from '../model/displayNames'
import type { StoreContext } from './context'
import type { SqlValue } from './sqlExecutor'
import { toInt } from './rowMappers'

/** Well below SQLite's and PostgreSQL's parameter limits; lists longer than this go in chunks. */
const CHUNK = 500

function distinct(ids: readonly string[] | undefined): string[] {
  return [...new Set((ids ?? []).filter((id) => typeof id === 'string' && id !== ''))]
}

async function rowsFor(
  ctx: StoreContext,
  ids: string[],
  sql: (placeholders: string) => string
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk: SqlValue[] = ids.slice(start, start + CHUNK)
    rows.push(...(await ctx.ex.all(sql(chunk.map(() => '?').join(', ')), chunk)))
  }
  return rows
}

interface NamedVersion {
  state: string
  semver: [number, number, number]
  name: string
}

function newer(a: NamedVersion, b: NamedVersion): boolean {
  for (let i = 0; i < 3; i++) {
    const d = (a.semver[i] as number) - (b.semver[i] as number)
    if (d !== 0) return d > 0
  }
  return false
}

export function nameOps(ctx: StoreContext) {
  return {
    /**
     * Display names for ids, one query per kind (users, organisations, blocks). A block's name is
     * the `name` of its highest published (or deprecated) version, else — unless
     * `publishedBlockNamesOnly` — of its highest version in any state. Unknown ids are left out.
     */
    async lookupNames(query: DisplayNameQuery): Promise<DisplayNames> {
      const result: DisplayNames = { users: {}, organisations: {}, blocks: {} }
      const userIds = distinct(query.userIds)
      for (const row of await rowsFor(
        ctx,
        userIds,
        (p) => `SELECT id, display_name FROM users WHERE id IN (${p})`
      )) {
        result.users[String(row.id)] = String(row.display_name)
      }
      for (const row of await rowsFor(
        ctx,
        distinct(query.organisationIds),
        (p) => `SELECT id, name FROM organisations WHERE id IN (${p})`
      )) {
        result.organisations[String(row.id)] = String(row.name)
      }
      const best = new Map<string, NamedVersion>()
      for (const row of await rowsFor(
        ctx,
        distinct(query.blockIds),
        (p) =>
          `SELECT v.block_id, v.state, v.major, v.minor, v.patch, d.name
           FROM block_versions v
           JOIN search_documents d ON d.block_id = v.block_id AND d.version = v.version
           WHERE v.block_id IN (${p})`
      )) {
        const name = String(row.name ?? '').trim()
        const state = String(row.state)
        const published = state === 'veroeffentlicht' || state === 'abgekuendigt'
        if (name === '' || (query.publishedBlockNamesOnly === true && !published)) continue
        const candidate: NamedVersion = {
          state,
          semver: [toInt(row.major), toInt(row.minor), toInt(row.patch)],
          name,
        }
        const id = String(row.block_id)
        const current = best.get(id)
        const currentPublished =
          current?.state === 'veroeffentlicht' || current?.state === 'abgekuendigt'
        if (
          current === undefined ||
          (published && !currentPublished) ||
          (published === currentPublished && newer(candidate, current))
        ) {
          best.set(id, candidate)
        }
      }
      for (const [id, version] of best) result.blocks[id] = version.name
      return result
    },
  }
}
