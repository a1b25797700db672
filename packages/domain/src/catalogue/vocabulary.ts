/**
 * Closed vocabularies of the catalogue that its storage, the server and both clients share. They
 * live here, in the pure domain package, because the catalogue (storage: input checks and the
 * migrations' CHECK constraints) and @bauplan/api-types (the web app's and the CLI's view of the
 * server's answers, which must not depend on the storage package) both need the same lists.
 */

/** Lifecycle of a version: entwurf → in_pruefung → veroeffentlicht → abgekuendigt. */
export const VERSION_STATES = ['entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt'] as const
export type VersionState = (typeof VERSION_STATES)[number]

/**
 * What a state change means, recorded in the review history. `zurueckgewiesen` is a curator's rejection
 * (in_pruefung → entwurf, with a reason); `zurueckgezogen` is the author taking a submission back;
 * `importiert` marks versions loaded from elsewhere (e.g. seeded from the models folder).
 */
export const REVIEW_EVENT_KINDS = [
  'eingereicht',
  'zurueckgezogen',
  'zurueckgewiesen',
  'veroeffentlicht',
  'abgekuendigt',
  'importiert',
] as const
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number]

export const ORGANISATION_KINDS = [
  'land',
  'kommune',
  'it_dienstleister',
  'koordinierungsstelle',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export const ROLES = ['modellierer', 'kurator', 'it_dienstleister', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Search facets the catalogue counts and filters by (`GET /api/bausteine?bausteinart=…`). */
export const SEARCH_FACETS = [
  'bundesland',
  'organisation',
  'bausteinart',
  'einsatzbereich',
  'themenfeld',
] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]
