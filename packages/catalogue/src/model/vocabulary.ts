/**
 * Closed vocabularies of the catalogue. The arrays are the single source for TypeScript types, input
 * checks and the CHECK constraints in the migrations (which repeat them; a contract test keeps them equal).
 */

/** Lifecycle of a version: entwurf → in_pruefung → veroeffentlicht → abgekuendigt. */
export const VERSION_STATES = ['entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt'] as const
export type VersionState = (typeof VERSION_STATES)[number]

/** States whose content is frozen: once published, a version's content never changes again. */
export const PUBLISHED_STATES: readonly VersionState[] = ['veroeffentlicht', 'abgekuendigt']

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

/** Relations between blocks (code list urn:xoev-de:fim-datenfelder:codeliste:relation). */
export const RELATION_PREDICATES = ['ABL', 'ERS', 'EQU'] as const
export type RelationPredicate = (typeof RELATION_PREDICATES)[number]
