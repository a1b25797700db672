// The shapes of the Bauplan server's JSON answers, shared by the web app and the CLI. Types and
// constant lists only: no I/O, so both a browser bundle and the CLI can import it.
export {
  NOTIFICATION_KINDS,
  ORGANISATION_KINDS,
  REVIEW_EVENT_KINDS,
  ROLES,
  SEARCH_FACETS,
  SEARCH_SORTS,
  SUBMISSION_STATUSES,
  VERSION_STATES,
} from './vocabulary'
export type {
  NotificationKind,
  OrganisationKind,
  ReviewEventKind,
  Role,
  SearchFacet,
  SearchSort,
  SubmissionStatus,
  VersionState,
} from './vocabulary'
export type {
  ApiToken,
  CreatedApiToken,
  Membership,
  Organisation,
  OrganisationPage,
  SessionInfo,
  User,
} from './accounts'
export type {
  ApproveResult,
  AuditEntry,
  AuditPage,
  Block,
  DecisionTestReport,
  DraftResult,
  FacetCount,
  FileInfo,
  Reference,
  ReviewEvent,
  SearchHit,
  SearchResult,
  Version,
  VersionDetail,
} from './catalogue'
export type {
  AvailableUpdates,
  BlockOverview,
  DependencyInfo,
  DependentInfo,
  OriginInfo,
  ReviewEventView,
  VariantInfo,
  VersionSummary,
} from './overview'
export type {
  BpmnChangedElement,
  BpmnDiff,
  BpmnElementRef,
  DecisionRef,
  DecisionTableDiff,
  DmnCell,
  DmnCellChange,
  DmnCellKind,
  DmnColumn,
  DmnColumnKind,
  DmnDiff,
  Json,
  MetadataChange,
  VersionDiff,
} from './diff'
export type {
  MySubmission,
  MySubmissions,
  NotificationFeed,
  NotificationItem,
} from './notifications'
