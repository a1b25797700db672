import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One client's entry in an awareness update (the y-protocols wire format). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The client's state; null means "this client left". */
  state: Record<string, unknown> | null
}

/** Decodes an awareness update; throws on malformed input (the caller closes the connection). */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state = JSON.parse(decoding.readVarString(decoder)) as unknown
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new Error('awareness state is not an object')
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null })
  }
  return entries
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}

/**
 * Awareness states are written by clients, so who someone is must not be: the `user` field of
 * every state is replaced by the identity from the server session (name, colour, user id).
 */
export function stampIdentity(
  entries: readonly AwarenessEntry[],
  identity: Readonly<Record<string, unknown>>
): AwarenessEntry[] {
  return entries.map((entry) =>
    entry.state === null ? entry : { ...entry, state: { ...entry.state, user: { ...identity } } }
  )
}
