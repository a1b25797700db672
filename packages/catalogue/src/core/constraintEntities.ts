import type { CatalogueEntity } from '../errors'

/** Which entity a table stores, so a driver's constraint error can name it. */
const TABLE_ENTITIES: Record<string, CatalogueEntity> = {
  organisations: 'organisation',
  users: 'user',
  local_accounts: 'account',
  memberships: 'membership',
  sessions: 'session',
  api_tokens: 'apiToken',
  blocks: 'block',
  block_versions: 'version',
  version_files: 'file',
  version_references: 'reference',
  block_relations: 'relation',
  version_review_events: 'reviewEvent',
  audit_log: 'auditEntry',
  meta: 'meta',
  search_documents: 'version',
  search_terms: 'version',
}

export function entityOfTable(table: string | undefined): CatalogueEntity | undefined {
  return table === undefined ? undefined : TABLE_ENTITIES[table]
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/**
 * The input field a SQLite CHECK / NOT NULL failure is about. SQLite reports "NOT NULL constraint
 * failed: users.display_name" or "CHECK constraint failed: length(name) BETWEEN 1 AND 200"; the first
 * column name (not a function name) is the field.
 */
export function fieldOfSqliteConstraint(detail: string): string {
  const qualified = /^[a-z_]+\.([a-z_]+)/.exec(detail)
  const column = qualified?.[1] ?? /\b([a-z_]+)\b(?!\s*\()/.exec(detail)?.[1]
  return column === undefined ? 'value' : camelCase(column)
}

/**
 * The input field a PostgreSQL constraint failure is about: the reported column, or the column in a
 * generated constraint name such as "organisations_kind_check".
 */
export function fieldOfPostgresConstraint(
  table: string | undefined,
  constraint: string | undefined,
  column: string | undefined
): string {
  if (column !== undefined) return camelCase(column)
  const name = constraint ?? ''
  const withoutTable =
    table !== undefined && name.startsWith(`${table}_`) ? name.slice(table.length + 1) : name
  const field = withoutTable.replace(/_?check\d*$/, '')
  return field === '' ? (table ?? 'value') : camelCase(field)
}
