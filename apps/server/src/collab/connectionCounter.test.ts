import { describe, expect, it } from 'vitest'
import { ConnectionCounter } from './connectionCounter'

describe('ConnectionCounter', () => {
  it('refuses a key at its limit and accepts it again after a release', () => {
    const counter = new ConnectionCounter(2)
    expect(counter.tryAcquire('anna')).toBe(true)
    expect(counter.tryAcquire('anna')).toBe(true)
    expect(counter.tryAcquire('anna')).toBe(false)
    expect(counter.tryAcquire('bernd')).toBe(true)
    counter.release('anna')
    expect(counter.tryAcquire('anna')).toBe(true)
  })
})
