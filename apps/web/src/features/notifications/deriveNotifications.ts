/**
 * In-app notifications, derived from audit entries because the server has no notification feed:
 * what OTHER people did that concerns the user — submissions a curator may review; decisions,
 * deprecations, new blocks and variants in the user's organisations.
 */
import type { AuditEntry, User } from '../../lib/api/types'
import { isCuratorFor, type OrganisationLookup } from '../../lib/session/roles'

export interface Notification {
  id: number
  at: string
  action: string
  blockId: string
  version: string | null
  actorId: string | null
  /** Submission note, approval comment or rejection reason, if the entry has one. */
  text: string | null
}

const FOR_CURATORS = new Set(['version.submitted'])
const FOR_MEMBERS = new Set([
  'version.submitted',
  'version.published',
  'version.rejected',
  'version.deprecated',
  'block.created',
  'block.variantDerived',
])

export function deriveNotifications(
  entries: readonly AuditEntry[],
  user: User,
  ownerOf: ReadonlyMap<string, string>,
  organisations: OrganisationLookup
): Notification[] {
  const memberOf = new Set(user.memberships.map((m) => m.organisationId))
  const seen = new Set<number>()
  const result: Notification[] = []
  for (const entry of entries) {
    if (seen.has(entry.id) || entry.blockId === null || entry.actorId === user.id) continue
    const owner = ownerOf.get(entry.blockId)
    if (owner === undefined) continue
    const member = memberOf.has(owner) && FOR_MEMBERS.has(entry.action)
    const curator = FOR_CURATORS.has(entry.action) && isCuratorFor(user, owner, organisations)
    if (!member && !curator) continue
    seen.add(entry.id)
    result.push({
      id: entry.id,
      at: entry.at,
      action: entry.action,
      blockId: entry.blockId,
      version: entry.version,
      actorId: entry.actorId,
      text: textOf(entry.details),
    })
  }
  return result.sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
}

function textOf(details: Record<string, unknown>): string | null {
  for (const key of ['reason', 'note', 'comment']) {
    const value = details[key]
    if (typeof value === 'string' && value.trim()) return value
  }
  return null
}

const SEEN_KEY = 'bauplan.notifications.seen'

/** When the user last marked everything read (per user, in this browser). */
export function readLastSeen(userId: string): string | null {
  try {
    return localStorage.getItem(`${SEEN_KEY}.${userId}`)
  } catch {
    return null
  }
}

export function writeLastSeen(userId: string, at: string): void {
  try {
    localStorage.setItem(`${SEEN_KEY}.${userId}`, at)
  } catch {
    // without storage the marks last for this page only
  }
}
