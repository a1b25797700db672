import { describe, expect, it } from 'vitest'
import { bytesOf, numberedMessage, readVarUint } from './wireFormat'

describe('wire format', () => {
  it('reads lib0 varUints of one and several bytes', () => {
    const reader = { arr: new Uint8Array([100, 5, 0xac, 0x02]), pos: 1 }
    expect(readVarUint(reader)).toBe(5)
    expect(readVarUint(reader)).toBe(300)
    expect(() => readVarUint(reader)).toThrow(/past the end/)
  })

  it('numbers exactly sync step 2 and update messages, as the server does', () => {
    expect(numberedMessage(new Uint8Array([0, 0, 1]))).toBeUndefined() // sync step 1
    expect(numberedMessage(new Uint8Array([0, 1, 2]))).toBe('sync-step-2')
    expect(numberedMessage(new Uint8Array([0, 2, 2]))).toBe('update')
    expect(numberedMessage(new Uint8Array([1, 2, 2]))).toBeUndefined() // awareness
  })

  it('takes the bytes of what WebSocket.send was given', () => {
    const bytes = new Uint8Array([1, 2, 3])
    expect(bytesOf(bytes)).toBe(bytes)
    expect([...bytesOf(bytes.buffer)!]).toEqual([1, 2, 3])
    expect([...bytesOf(new DataView(bytes.buffer, 1))!]).toEqual([2, 3])
    expect(bytesOf('text')).toBeUndefined()
  })
})
