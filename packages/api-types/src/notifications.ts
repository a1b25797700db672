/**
 * The notification feed and "my submissions"
 * (apps/server/src/routes/benachrichtigungen/notificationSchemas.ts).
 */
import type {
  NotificationKind,
  ReviewEventKind,
  SubmissionStatus,
  VersionState,
} from './vocabulary'

/** One entry of GET /api/benachrichtigungen. */
export interface NotificationItem {
  /** Id of the audit entry; pass as upTo to mark read. */
  id: number
  at: string
  kind: NotificationKind
  action: string
  blockId: string
  blockName: string | null
  version: string | null
  actorId: string | null
  actorName: string | null
  /** Submission note, approval comment or rejection reason. */
  text: string | null
  origin: { blockId: string; name: string | null; version: string | null } | null
  unread: boolean
}

export interface NotificationFeed {
  items: NotificationItem[]
  nextCursor: string | null
  /** Entries up to this id count as read. */
  readUpTo: number
  /** Unread notifications, counted up to 100. */
  unread: number
}

/** One entry of GET /api/benachrichtigungen/einreichungen. */
export interface MySubmission {
  blockId: string
  blockName: string | null
  version: string
  status: SubmissionStatus
  state: VersionState
  submittedAt: string
  note: string | null
  decision: {
    /**
     * The server's schema declares a plain string; the value is the kind of the review event that
     * decided the submission, so it is typed as one.
     */
    kind: ReviewEventKind
    at: string
    actorId: string | null
    actorName: string | null
    reason: string | null
  } | null
}

export interface MySubmissions {
  items: MySubmission[]
}
