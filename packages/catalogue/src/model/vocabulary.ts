/**
 * Closed vocabularies of the catalogue: the single source for TypeScript types, input checks and the
 * CHECK constraints in the migrations (which repeat them; a contract test keeps them equal). Those
 * the clients share are defined in @bauplan/domain and re-exported here.
 */

import type { VersionState } from '@bauplan/domain'

export { ORGANISATION_KINDS, REVIEW_EVENT_KINDS, ROLES, VERSION_STATES } from '@bauplan/domain'
export type { OrganisationKind, ReviewEventKind, Role, VersionState } from '@bauplan/domain'

/** States whose content is frozen: once published, a version's content never changes again. */
export const PUBLISHED_STATES: readonly VersionState[] = ['veroeffentlicht', 'abgekuendigt']

/** Relations between blocks (code list urn:xoev-de:fim-datenfelder:codeliste:relation). */
export const RELATION_PREDICATES = ['ABL', 'ERS', 'EQU'] as const
export type RelationPredicate = (typeof RELATION_PREDICATES)[number]
