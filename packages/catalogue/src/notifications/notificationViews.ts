import type { ReviewEventKind, VersionState } from '../model/vocabulary'
import type { NotificationKind } from './notificationTypes'

/** One notification as the workbench shows it: what happened, to which block, by whom, read or not. */
export interface NotificationView {
  /** The audit entry's id; increases with time. */
  id: number
  at: string
  kind: NotificationKind
  /** The audit action, e.g. `version.published` or `version.rejected` for a decision. */
  action: string
  blockId: string
  blockName: string | null
  version: string | null
  actorId: string | null
  actorName: string | null
  /** Submission note, approval comment or rejection reason, if there is one. */
  text: string | null
  /** For `upstreamChanged`: the origin and the version it published. */
  origin: { blockId: string; name: string | null; version: string | null } | null
  unread: boolean
}

export interface NotificationFeed {
  items: NotificationView[]
  nextCursor: string | null
  /** Entries up to this audit id count as read (0: nothing marked yet). */
  readUpTo: number
  /** Unread notifications, counted up to `UNREAD_COUNT_CAP`. */
  unread: number
}

export const UNREAD_COUNT_CAP = 100

/** Where a submission stands: in review, or what the last decision on it was. */
export type SubmissionStatus = 'inReview' | 'published' | 'rejected' | 'withdrawn' | 'deprecated'

export interface SubmissionView {
  blockId: string
  blockName: string | null
  version: string
  status: SubmissionStatus
  state: VersionState
  submittedAt: string
  /** The note given with the (latest) submission. */
  note: string | null
  /** The decision on the latest submission, if any: who, when and why. */
  decision: {
    kind: ReviewEventKind
    at: string
    actorId: string | null
    actorName: string | null
    reason: string | null
  } | null
}
