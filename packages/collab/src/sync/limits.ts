/**
 * Limits the hub enforces per connection and per document. A frame or update over its limit, a
 * document that would grow past its limit, or a connection sending faster than its rate is
 * closed (that connection only) and nothing of the refused message is stored.
 */
export interface SyncLimits {
  /** Largest message accepted from a client (one WebSocket frame), in bytes. */
  maxFrameBytes: number
  /** Largest Yjs update inside a sync message, in bytes. */
  maxUpdateBytes: number
  /** Largest a document may grow (sum of its stored updates), in bytes. */
  maxDocumentBytes: number
  /** Messages per connection within `rateWindowMs`; more closes the connection. */
  maxMessagesPerWindow: number
  rateWindowMs: number
  /** After this many stored updates the document is compacted into one. */
  compactAfterUpdates: number
}

/**
 * Defaults, sized for BPMN/DMN drafts: a 1,000-element diagram seeds to well under 1 MiB; a
 * bpmn-js command produces updates of a few hundred bytes; dragging emits about 60 updates/s.
 */
export const SYNC_LIMITS: Readonly<SyncLimits> = Object.freeze({
  maxFrameBytes: 2 * 1024 * 1024,
  maxUpdateBytes: 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxMessagesPerWindow: 200,
  rateWindowMs: 1000,
  compactAfterUpdates: 500,
})

/** WebSocket close codes the hub uses (RFC 6455 §7.4.1). */
export const CLOSE_CODES = Object.freeze({
  /** Malformed message (cannot be decoded as the y-websocket protocol). */
  unsupportedData: 1003,
  invalidPayload: 1007,
  /** Rate or document size limit. */
  policyViolation: 1008,
  /** Frame or update too large. */
  messageTooBig: 1009,
  /** Loading or storing the document failed: reconnect later; unsaved edits are kept by the client. */
  internalError: 1011,
  /** The hub shuts down or unloads the document. */
  goingAway: 1001,
  /** Application range (4000–4999): the user may no longer read this document. */
  accessRevoked: 4403,
})
