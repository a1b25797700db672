/**
 * The few bytes of the y-websocket protocol the editor reads itself. lib0's decoder is not a
 * dependency of the web app, and these are two fixed layouts, so they are read here directly.
 */

/** y-websocket's message types (first varUint) and Bauplan's `saved` (see @bauplan/collab). */
const MESSAGE_SYNC = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2
/** y-protocols' auth message kind for "permission denied". */
export const AUTH_PERMISSION_DENIED = 0

/** What y-websocket hands a message handler: lib0's decoder (a byte array and a position). */
export interface ByteReader {
  arr: Uint8Array
  pos: number
}

/** Reads one lib0 varUint: seven bits per byte, lowest first, the high bit says "more follows". */
export function readVarUint(reader: ByteReader): number {
  let value = 0
  let factor = 1
  for (;;) {
    const byte = reader.arr[reader.pos]
    if (byte === undefined) throw new RangeError('varUint runs past the end of the message')
    reader.pos++
    value += (byte & 0x7f) * factor
    if (byte < 0x80) return value
    factor *= 128
    if (factor > 2 ** 53) throw new RangeError('varUint is too large')
  }
}

/** The two messages the server numbers for `saved`: the sync answer and a single update. */
export type NumberedMessage = 'sync-step-2' | 'update'

/**
 * Which numbered message this client sends, if it is one: sync step 2 and update messages
 * (HubSession counts exactly these, from 1 per connection). The kind matters because only a step 2
 * carries everything the server lacks. Message and sync type are both below 128, so each is one
 * byte.
 */
export function numberedMessage(message: Uint8Array): NumberedMessage | undefined {
  if (message[0] !== MESSAGE_SYNC) return undefined
  if (message[1] === SYNC_STEP_2) return 'sync-step-2'
  if (message[1] === SYNC_UPDATE) return 'update'
  return undefined
}

/** The bytes of whatever `WebSocket.send` was given (y-websocket sends Uint8Arrays). */
export function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return undefined
}
