/**
 * The closed value lists the server answers with. They restate @bauplan/catalogue's vocabulary
 * (packages/catalogue/src/model/vocabulary.ts), because the clients must not depend on the storage
 * package; the server's response schemas are built from the catalogue's lists, and a test in
 * apps/server checks that these lists equal them.
 */

/** Lifecycle of a version: entwurf → in_pruefung → veroeffentlicht → abgekuendigt. */
export const VERSION_STATES = ['entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt'] as const
export type VersionState = (typeof VERSION_STATES)[number]

export const ROLES = ['modellierer', 'kurator', 'it_dienstleister', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ORGANISATION_KINDS = [
  'land',
  'kommune',
  'it_dienstleister',
  'koordinierungsstelle',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

/** What a state change means, as recorded in the review history. */
export const REVIEW_EVENT_KINDS = [
  'eingereicht',
  'zurueckgezogen',
  'zurueckgewiesen',
  'veroeffentlicht',
  'abgekuendigt',
  'importiert',
] as const
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number]

/** Search facets the server counts and filters by (`GET /api/bausteine?bausteinart=…`). */
export const SEARCH_FACETS = [
  'bundesland',
  'organisation',
  'bausteinart',
  'einsatzbereich',
  'themenfeld',
] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

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
