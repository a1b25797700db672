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

// Durable storage of collaborative draft documents (Yjs update logs) for @bauplan/collab's hub
export {
  COLLAB_MAX_DOCUMENT_BYTES,
  createCollabPersistence,
  type CollabPersistenceOptions,
} from './collab/createCollabPersistence'
export { collabDocumentName, versionOfCollabDocument } from './collab/collabDocumentName'
export { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collab/collabErrors'
export type {
  CollabAppendOutcome,
  CollabCompaction,
  CollabLogTotals,
  NewCollabUpdate,
} from './collab/collabRecords'

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

// Lifecycle service: rights, states, publishing gate, variants, read views
export { createCatalogueService } from './lifecycle/catalogueService'
export type { CatalogueService, CatalogueServiceOptions } from './lifecycle/catalogueService'
export type { Actor, ActorMembership } from './lifecycle/actor'
export { SYSTEM_ACTOR, hasRole, isAdmin } from './lifecycle/actor'
export { mayRead } from './lifecycle/visibility'
export {
  ForbiddenError,
  RevisionConflictError,
  StateConflictError,
  ValidationError,
  httpStatusOf,
} from './lifecycle/errors'
export type { ApproveResult, DraftResult, QualityFields, SubmitResult } from './lifecycle/results'
export type { FolderQualityCheck } from './lifecycle/checkFolderQuality'
export type {
  DecisionTestOutcome,
  DecisionTestOutput,
  DecisionTestReport,
} from './lifecycle/quality/decisionTestReport'

// Rule configuration (Prüfregeln): versioned, audited
export type {
  LintConfigAppendResult,
  LintConfigConflict,
  LintConfigRevision,
  NewLintConfigRevision,
} from './lintConfig/lintConfigRecords'
export type { LintConfigChange } from './lintConfig/lintConfigService'
export { LINT_CONFIG_CHANGED } from './lintConfig/lintConfigService'
export type { LintConfigView } from './lintConfig/lintConfigView'
export type { CreateBlockInput } from './lifecycle/createBlock'
export type { DeriveVariantInput } from './lifecycle/deriveVariant'
export type { Successor } from './lifecycle/deprecate'
export type { AuditEntryView, AuditListQuery } from './lifecycle/listAudit'
export type {
  BlockOverview,
  DependencyInfo,
  DependentInfo,
  OriginInfo,
  ReviewEventView,
  VariantInfo,
  VersionSummary,
} from './lifecycle/overviewTypes'
export type { DisplayNameQuery, DisplayNames } from './model/displayNames'

// Notifications and "my submissions", derived from the audit log and review events
export {
  createNotificationService,
  type NotificationFeedQuery,
  type NotificationService,
} from './notifications/notificationService'
export { NOTIFICATION_KINDS, type NotificationKind } from './notifications/notificationTypes'
export {
  UNREAD_COUNT_CAP,
  type NotificationFeed,
  type NotificationView,
  type SubmissionStatus,
  type SubmissionView,
} from './notifications/notificationViews'
export type { FolderFiles } from './lifecycle/folderFiles'
export type { CheckFolder } from './lifecycle/readDraftFolder'
export type { DraftDocuments } from './lifecycle/draftDocuments'
export { DraftDocumentConflictError } from './lifecycle/documentErrors'
export { FOLDER_LIMITS } from '@bauplan/domain'
export { MIN_REASON_LENGTH } from './lifecycle/reject'
export { UPSTREAM_CHANGED } from './lifecycle/approve'
export { hashPassword, randomPassword, verifyPassword } from './lifecycle/passwords'

// Federation: published versions imported from another catalogue (blueprint bundles)
export { importFederatedVersions } from './federation/importFederated'
export { federationOriginOf } from './federation/federationOrigin'
export type {
  FederatedVersion,
  FederationCatalogue,
  FederationImportInput,
  FederationImportResult,
  FederationOrigin,
} from './federation/federationTypes'

// Diff between two versions
export type {
  AttributeChange,
  BpmnChangedElement,
  BpmnDiff,
  BpmnElementRef,
  DecisionRef,
  DecisionTableDiff,
  DmnCell,
  DmnCellChange,
  DmnColumn,
  DmnDiff,
  DmnRule,
  DmnRuleChange,
  FileChanges,
  MetadataChange,
  VersionDiff,
} from './diff/diffTypes'

// Bootstrap and seeding
export { ensureAdmin, BOOTSTRAP_ADMIN_USERNAME } from './seed/ensureAdmin'
export type { EnsureAdminResult } from './seed/ensureAdmin'
export { seedFromModels, MODELS_SEEDED_KEY } from './seed/seedFromModels'
export type { SeedFolder, SeedResult } from './seed/seedFromModels'
export {
  seedDemo,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_SEEDED_KEY,
  DEMO_USERS,
} from './seed/seedDemo'
export type { DemoUser } from './seed/seedDemo'
export { SEED_ORGANISATION } from './seed/seedOrganisation'
