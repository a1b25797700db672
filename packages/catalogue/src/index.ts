// The only door into @bauplan/catalogue. Every public name is listed here explicitly.

// The storage interface and what flows through it
export type { CatalogueStore } from './store'
export type { JsonObject, JsonValue } from './model/json'
export type {
  ApiToken,
  AppliedMigration,
  AuditEntry,
  Block,
  BlockRelation,
  BlockVersion,
  LocalAccount,
  Membership,
  Organisation,
  ReviewEvent,
  Session,
  User,
  VersionFile,
  VersionFileInfo,
  VersionReference,
} from './model/records'
export type {
  AuditQuery,
  DraftDeletion,
  DraftUpdate,
  FileInput,
  MembershipKey,
  NewApiToken,
  NewAuditEntry,
  NewBlock,
  NewDraft,
  NewLocalAccount,
  NewOrganisation,
  NewReference,
  NewRelation,
  NewSession,
  NewUser,
  ReferenceResolution,
  StateChange,
  VersionKey,
} from './model/inputs'
export type { CasResult, ContentVerification, VersionConflict } from './model/results'
export type { CursorPage, CursorPageRequest, Page, PageRequest } from './model/paging'
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './model/paging'
export type {
  FacetCount,
  SearchFacet,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchSort,
} from './model/search'
export { DEFAULT_SEARCH_LIMIT, SEARCH_FACETS } from './model/search'
export type {
  OrganisationKind,
  RelationPredicate,
  ReviewEventKind,
  Role,
  VersionState,
} from './model/vocabulary'
export {
  ORGANISATION_KINDS,
  PUBLISHED_STATES,
  RELATION_PREDICATES,
  REVIEW_EVENT_KINDS,
  ROLES,
  VERSION_STATES,
} from './model/vocabulary'

// Adapters
export type { SqliteStoreOptions } from './sqlite/openSqliteStore'
export { openSqliteStore } from './sqlite/openSqliteStore'
export type { PostgresStoreOptions } from './postgres/openPostgresStore'
export { openPostgresStore } from './postgres/openPostgresStore'

// Errors
export type { CatalogueEntity } from './errors'
export {
  AppendOnlyViolationError,
  CatalogueError,
  ImmutableVersionError,
  InvalidInputError,
  MigrationError,
  NotFoundError,
  ReferenceViolationError,
  StorageError,
  TransactionMisuseError,
  UniqueViolationError,
} from './errors'

// Hashing and German text
export type { TokenHash } from './tokenHash'
export { hashToken } from './tokenHash'
export type { HashedFile } from './contentHash'
export { canonicalJson, computeContentHash, sha256Hex } from './contentHash'
export { stemGerman } from './stemmer/germanStemmer'
export { germanSearchTerms } from './search/searchText'
