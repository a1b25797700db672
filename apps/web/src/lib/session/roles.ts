/**
 * What the signed-in user may do, mirroring the catalogue's rules (packages/catalogue/src/lifecycle/
 * rights.ts) so the UI offers only actions that will succeed. The server still decides: a refused
 * action shows its reason.
 */
import type { Organisation, Role, User } from '../api/types'

export type OrganisationLookup = ReadonlyMap<string, Organisation>

export function hasRole(user: User, role: Role, organisationId?: string): boolean {
  return user.memberships.some(
    (m) => m.role === role && (organisationId === undefined || m.organisationId === organisationId)
  )
}

/** Analysts (Modellierer) of the owning organisation write drafts and submit them. */
export function isAnalystOf(user: User, organisationId: string): boolean {
  return hasRole(user, 'modellierer', organisationId)
}

export function analystOrganisations(user: User): string[] {
  return [
    ...new Set(
      user.memberships.filter((m) => m.role === 'modellierer').map((m) => m.organisationId)
    ),
  ]
}

/** Curators of the owning organisation or of any coordination body review and deprecate. */
export function isCuratorFor(
  user: User,
  organisationId: string,
  organisations: OrganisationLookup
): boolean {
  if (hasRole(user, 'kurator', organisationId)) return true
  return user.memberships.some(
    (m) =>
      m.role === 'kurator' && organisations.get(m.organisationId)?.kind === 'koordinierungsstelle'
  )
}

export function isCurator(user: User): boolean {
  return hasRole(user, 'kurator')
}

export function isAdmin(user: User): boolean {
  return hasRole(user, 'admin')
}

/** IT providers see published versions only; every other role sees drafts and reviews too. */
export function seesDrafts(user: User): boolean {
  return user.memberships.some((m) => m.role !== 'it_dienstleister')
}
