import type { AuditEntry, ReviewEvent } from '../model/records'
import type { VersionState } from '../model/vocabulary'

/**
 * Why an audit entry concerns a user:
 * - `reviewRequested`: someone submitted a version the user may review (curator);
 * - `decision`: a version the user submitted was approved (published) or rejected;
 * - `upstreamChanged`: the origin of a variant the user's organisation owns published a new version;
 * - `updateAvailable`: a block that a block of the user's organisation references published a version.
 */
export type NotificationKind =
  'reviewRequested' | 'decision' | 'upstreamChanged' | 'updateAvailable'

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'reviewRequested',
  'decision',
  'upstreamChanged',
  'updateAvailable',
]

/** What the store needs to know about the reader to pick the entries that concern them. */
export interface NotificationEntryQuery {
  userId: string
  /** Organisations the user belongs to in any role. */
  memberOrganisationIds: readonly string[]
  /** Organisations whose submissions the user may review. */
  curatorOrganisationIds: readonly string[]
  /** A curator of a coordination body reviews every organisation's submissions. */
  curatesAll: boolean
  limit?: number
  cursor?: string
  /** Only entries with a higher id (to count what is unread). */
  afterId?: number
}

/** An audit entry with the reason it concerns the reader. Another person's doing, never the reader's own. */
export interface NotificationEntry extends AuditEntry {
  kind: NotificationKind
}

/** A review event of a version the user submitted, with that version's state today. */
export interface SubmissionEvent extends ReviewEvent {
  currentState: VersionState
}
