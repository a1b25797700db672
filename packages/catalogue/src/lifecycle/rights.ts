import type { LocalizedText } from '@bauplan/domain'
import type { Organisation } from '../model/records'
import type { CatalogueStore } from '../store'
import { hasRole, isAdmin, type Actor } from './actor'
import { ForbiddenError } from './errors'

// Who may do what. Every refusal names the role and organisation that would be allowed, so the user
// knows whom to ask.

function forbidden(code: string, reason: LocalizedText): ForbiddenError {
  return new ForbiddenError(code, reason)
}

/** Analysts (Modellierer) of the owning organisation write drafts. */
export function requireAnalyst(actor: Actor, organisationId: string, action: LocalizedText): void {
  if (hasRole(actor, 'modellierer', organisationId)) return
  throw forbidden('lifecycle.forbidden.analyst', {
    de: `${action.de}: Das dürfen nur Modellierer der Organisation „${organisationId}“.`,
    en: `${action.en}: only analysts (Modellierer) of the organisation "${organisationId}" may do this.`,
  })
}

/**
 * Curators (Kuratoren) of the owning organisation, or of any coordination body (kind
 * `koordinierungsstelle`), review and deprecate. The coordination bodies curate the shared catalogue
 * for all member organisations (issue: "Coordination bodies curate one shared catalogue"), so a
 * municipality without its own curator can still publish.
 */
export async function requireCurator(
  store: CatalogueStore,
  actor: Actor,
  organisationId: string,
  action: LocalizedText
): Promise<void> {
  if (hasRole(actor, 'kurator', organisationId)) return
  for (const membership of actor.memberships) {
    if (membership.role !== 'kurator') continue
    const organisation: Organisation | null = await store.getOrganisation(membership.organisationId)
    if (organisation?.kind === 'koordinierungsstelle') return
  }
  throw forbidden('lifecycle.forbidden.curator', {
    de: `${action.de}: Das dürfen nur Kuratoren der Organisation „${organisationId}“ oder einer Koordinierungsstelle.`,
    en: `${action.en}: only curators (Kuratoren) of the organisation "${organisationId}" or of a coordination body may do this.`,
  })
}

export function requireAdmin(actor: Actor, action: LocalizedText): void {
  if (isAdmin(actor)) return
  throw forbidden('lifecycle.forbidden.admin', {
    de: `${action.de}: Das dürfen nur Administratoren.`,
    en: `${action.en}: only administrators may do this.`,
  })
}

/** Reading needs some role (or the system); which versions are visible is decided by `seesDrafts`. */
export function isReader(actor: Actor): boolean {
  return actor.userId === null || actor.memberships.length > 0
}

export function requireReader(actor: Actor): void {
  if (isReader(actor)) return
  throw forbidden('lifecycle.forbidden.reader', {
    de: 'Lesen: Das dürfen nur angemeldete Benutzer mit einer Rolle in einer Organisation.',
    en: 'Reading: only signed-in users with a role in an organisation may do this.',
  })
}

/**
 * IT providers consume published building blocks; drafts and versions under review are work in
 * progress of the modelling organisations. Everyone with another role (and the system) sees them.
 */
export function seesDrafts(actor: Actor): boolean {
  if (actor.userId === null) return true
  return actor.memberships.some((m) => m.role !== 'it_dienstleister')
}
