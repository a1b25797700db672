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
