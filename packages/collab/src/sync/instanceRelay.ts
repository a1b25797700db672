/**
 * How server instances that serve the same documents tell each other what changed (scale-out).
 * Transport-agnostic: Redis pub/sub in the server, an in-process bus in tests. The hub's side of it
 * is `hubRelayLink.ts`; see docs/collaboration.md § Scale-out.
 */

/**
 * - `update`: a Yjs update the sender has already stored (never publish before the append resolved);
 * - `awareness`: an encoded awareness update of the sender's connections;
 * - `awareness-query`: the sender has just loaded the document and asks for everyone's awareness;
 * - `resync`: the sender's earlier messages may have been lost; re-read the document from storage.
 */
export type RelayKind = 'update' | 'awareness' | 'awareness-query' | 'resync'

export const RELAY_KINDS: readonly RelayKind[] = [
  'update',
  'awareness',
  'awareness-query',
  'resync',
]

export interface RelayMessage {
  docName: string
  kind: RelayKind
  /** The sending instance's id: an instance ignores its own messages. */
  from: string
  bytes: Uint8Array
}

export interface RelayListener {
  message(message: RelayMessage): void
  /**
   * Messages to this instance may have been lost (its subscription was interrupted and is back):
   * every loaded document is re-read from storage. Yjs merges idempotently, so nothing is doubled.
   */
  missedIncoming(): void
  /** Messages this instance published may have been lost (its publishing side reconnected). */
  missedOutgoing(): void
}

/**
 * One instance's end of the relay. Delivery is at most once and may include the instance's own
 * messages; ordering holds per sender and document.
 */
export interface InstanceRelay {
  /** Unique per running instance (a restart gets a new one). */
  readonly instanceId: string
  /**
   * Starts delivering the document's messages to the listener. Resolves only once the
   * subscription is in place, so a message published after that cannot be missed: the hub joins
   * BEFORE it reads storage, and nothing falls between the read and the subscription.
   */
  join(docName: string): Promise<void>
  /** Stops delivering the document's messages (the document was unloaded here). */
  leave(docName: string): void
  /** Sends to every instance that joined the document. Never throws; failures are reported. */
  publish(message: RelayMessage): void
  /** The one listener (the hub's link). */
  listen(listener: RelayListener): void
}
