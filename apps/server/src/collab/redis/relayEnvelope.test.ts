import { describe, expect, it } from 'vitest'
import { decodeRelayEnvelope, encodeRelayEnvelope } from './relayEnvelope'

describe('relay envelope', () => {
  it('round-trips every kind, the sender and the payload', () => {
    for (const kind of ['update', 'awareness', 'awareness-query', 'resync'] as const) {
      const message = {
        docName: 'urn:x@1.0.0',
        kind,
        from: 'instanceü',
        bytes: new Uint8Array([1, 2, 3]),
      }
      expect(decodeRelayEnvelope('urn:x@1.0.0', encodeRelayEnvelope(message))).toEqual(message)
    }
  })

  it('names what is wrong with a message it cannot read', () => {
    const good = encodeRelayEnvelope({
      docName: 'd',
      kind: 'update',
      from: 'abc',
      bytes: new Uint8Array([7]),
    })
    expect(String(decodeRelayEnvelope('d', good.subarray(0, 2)))).toContain('truncated')
    expect(
      String(decodeRelayEnvelope('d', Buffer.concat([Buffer.from([2]), good.subarray(1)])))
    ).toContain('format 2')
    expect(
      String(decodeRelayEnvelope('d', Buffer.concat([Buffer.from([1, 9]), good.subarray(2)])))
    ).toContain('kind 9')
    expect(String(decodeRelayEnvelope('d', good.subarray(0, 5)))).toContain('sender is truncated')
  })
})
