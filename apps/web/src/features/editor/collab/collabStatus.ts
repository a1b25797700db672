/**
 * Where the shared document's connection stands, as the editor shows it.
 *
 * - `connecting`: before the first sync;
 * - `online`: synced, edits go out at once;
 * - `offline`: the connection dropped; y-websocket reconnects, edits wait and go out then;
 * - `stopped`: reconnecting is pointless (`stopReason` says why); nothing goes out any more.
 */
export type CollabConnection = 'connecting' | 'online' | 'offline' | 'stopped'

export type StopReason =
  /** Closed with 4403: logged out, session expired, rights withdrawn. */
  | 'revoked'
  /** The upgrade was refused and the API says: not signed in (401). */
  | 'unauthenticated'
  /** No right to read the draft (403). */
  | 'forbidden'
  /** The draft or version does not exist (any more) (404). */
  | 'missing'
  /** The version is no longer a draft (submitted, published) (409 at the upgrade). */
  | 'notDraft'
  /** The API allows the draft, yet the WebSocket cannot be opened (a proxy without WebSockets). */
  | 'unavailable'
  /** The server cannot be reached at all, before the document ever loaded. */
  | 'unreachable'

export type ReadOnlyReason =
  /** The user may read but not write this draft (reviewer, other organisation). */
  | 'role'
  /** The server refused a change on the open connection (rights changed, draft submitted). */
  | 'denied'

export interface CollabStatus {
  connection: CollabConnection
  readOnly: boolean
  readOnlyReason?: ReadOnlyReason
  stopReason?: StopReason
}
