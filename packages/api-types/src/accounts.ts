/** Users, organisations, memberships, sessions and API tokens (apps/server/src/schemas/accounts.ts). */
import type { OrganisationKind, Role } from './vocabulary'

export interface Membership {
  organisationId: string
  role: Role
  grantedAt: string
}

export interface User {
  id: string
  displayName: string
  email: string | null
  createdAt: string
  disabledAt: string | null
  memberships: Membership[]
}

export interface SessionInfo {
  user: User
  via: 'session' | 'token'
  /** Optional because the server sends it only in the login answer (send it as X-CSRF-Token). */
  csrfToken?: string
}

export interface Organisation {
  id: string
  name: string
  kind: OrganisationKind
  /** Two-digit Land code, e.g. "14" (Sachsen); null for organisations not tied to one Land. */
  bundesland: string | null
  createdAt: string
}

export interface OrganisationPage {
  items: Organisation[]
  total: number
  limit: number
  offset: number
}

export interface ApiToken {
  id: string
  name: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

export interface CreatedApiToken {
  token: ApiToken
  /** `bpl_…`, shown exactly once. */
  secret: string
}
