/**
 * The awareness state Bauplan clients exchange, and a reader for states that other clients wrote.
 *
 * Awareness states are plain JSON written by every client for itself. `user` is the exception: the
 * server overwrites it with the identity of the connection's session (`stampIdentity`), so a
 * remote `user` can be trusted as far as the server can. Everything else may be anything another
 * (possibly broken or hostile) client sent, so `readPresenceState` checks every field and drops
 * what does not fit instead of throwing: one bad peer must not break the presence of everyone.
 */

/** Who a client belongs to, as the server stamped it. */
export interface PresenceUser {
  userId: string
  name: string
}

/** What a client has selected in one file of the draft (element ids of that file). */
export interface PresenceSelection {
  fileName: string
  ids: string[]
}

/** The parts of an awareness state Bauplan reads. */
export interface PresenceState {
  /** Null when the state carries no usable identity (e.g. the local client's own state). */
  user: PresenceUser | null
  selection: PresenceSelection | null
}

/**
 * Bounds for what a remote state may carry. A peer selecting everything in a large diagram stays
 * well below them; the bounds keep one peer from making every other client outline thousands of
 * shapes or lay out a name of a megabyte.
 */
export const PRESENCE_LIMITS = {
  maxNameLength: 200,
  maxUserIdLength: 200,
  maxFileNameLength: 255,
  maxIdLength: 255,
  maxSelectedIds: 500,
} as const

/** Reads the Bauplan parts of any awareness state; never throws, malformed parts become null. */
export function readPresenceState(state: unknown): PresenceState {
  if (!isRecord(state)) return { user: null, selection: null }
  return { user: readUser(state.user), selection: readSelection(state.selection) }
}

function readUser(value: unknown): PresenceUser | null {
  if (!isRecord(value)) return null
  const userId = boundedString(value.userId, PRESENCE_LIMITS.maxUserIdLength)
  const name = typeof value.name === 'string' ? value.name.trim() : ''
  if (userId === null || name === '') return null
  // A name that is too long is cut rather than dropped: the user is real (the server said so).
  return { userId, name: name.slice(0, PRESENCE_LIMITS.maxNameLength) }
}

function readSelection(value: unknown): PresenceSelection | null {
  if (!isRecord(value)) return null
  const fileName = boundedString(value.fileName, PRESENCE_LIMITS.maxFileNameLength)
  if (fileName === null || !Array.isArray(value.ids)) return null
  if (value.ids.length > PRESENCE_LIMITS.maxSelectedIds) return null
  const ids: string[] = []
  for (const id of value.ids as unknown[]) {
    const checked = boundedString(id, PRESENCE_LIMITS.maxIdLength)
    if (checked === null) return null
    if (!ids.includes(checked)) ids.push(checked)
  }
  return ids.length === 0 ? null : { fileName, ids }
}

function boundedString(value: unknown, maxLength: number): string | null {
  return typeof value === 'string' && value !== '' && value.length <= maxLength ? value : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
