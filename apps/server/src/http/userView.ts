/** How users appear in API answers: never with password hashes, always with their roles. */
import type { Membership, User } from '@bauplan/catalogue'

export interface UserView {
  id: string
  displayName: string
  email: string | null
  createdAt: string
  disabledAt: string | null
  memberships: { organisationId: string; role: Membership['role']; grantedAt: string }[]
}

export function userView(user: User, memberships: readonly Membership[]): UserView {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    createdAt: user.createdAt,
    disabledAt: user.disabledAt,
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      role: m.role,
      grantedAt: m.grantedAt,
    })),
  }
}
