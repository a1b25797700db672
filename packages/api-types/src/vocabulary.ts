/**
 * The closed value lists the server answers with. Those the catalogue checks and stores come from
 * @bauplan/domain, defined once for storage, server and clients; the rest exist only on the wire.
 */

export {
  ORGANISATION_KINDS,
  REVIEW_EVENT_KINDS,
  ROLES,
  SEARCH_FACETS,
  VERSION_STATES,
} from '@bauplan/domain'
export type {
  OrganisationKind,
  ReviewEventKind,
  Role,
  SearchFacet,
  VersionState,
} from '@bauplan/domain'

export const SEARCH_SORTS = ['relevance', 'name', 'lastChange'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export const NOTIFICATION_KINDS = [
  'reviewRequested',
  'decision',
  'upstreamChanged',
  'updateAvailable',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const SUBMISSION_STATUSES = [
  'inReview',
  'published',
  'rejected',
  'withdrawn',
  'deprecated',
] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]
