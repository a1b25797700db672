/**
 * The bytes of one relay message on a Redis channel. The channel names the document, so the
 * message carries only what the channel does not: a format version, the kind, the sending
 * instance and the payload (a Yjs or awareness update).
 *
 *   [format 1] [kind index] [sender length, 2 bytes big-endian] [sender, UTF-8] [payload]
 */
import { RELAY_KINDS, type RelayKind, type RelayMessage } from '@bauplan/collab'

const FORMAT = 1

export function encodeRelayEnvelope(message: RelayMessage): Buffer {
  const from = Buffer.from(message.from, 'utf8')
  if (from.length > 0xffff) throw new RangeError('relay sender id longer than 65535 bytes')
  const head = Buffer.alloc(4)
  head.writeUInt8(FORMAT, 0)
  head.writeUInt8(RELAY_KINDS.indexOf(message.kind), 1)
  head.writeUInt16BE(from.length, 2)
  return Buffer.concat([head, from, message.bytes])
}

/** The message, or an Error naming what is wrong (another format or a truncated message). */
export function decodeRelayEnvelope(docName: string, data: Buffer): RelayMessage | Error {
  if (data.length < 4) return new Error(`relay message of ${data.length} bytes is truncated`)
  const format = data.readUInt8(0)
  if (format !== FORMAT) return new Error(`relay message format ${format} is not ${FORMAT}`)
  const kind: RelayKind | undefined = RELAY_KINDS[data.readUInt8(1)]
  if (kind === undefined) return new Error(`relay message kind ${data.readUInt8(1)} is unknown`)
  const fromEnd = 4 + data.readUInt16BE(2)
  if (fromEnd > data.length) return new Error('relay message sender is truncated')
  return {
    docName,
    kind,
    from: data.toString('utf8', 4, fromEnd),
    // A copy: the hub keeps updates, and ioredis may reuse its buffers.
    bytes: new Uint8Array(data.subarray(fromEnd)),
  }
}
