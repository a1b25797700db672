import { describe, expect, it } from 'vitest'
import { SaveTracker } from './saveTracker'

describe('SaveTracker', () => {
  it('is dirty until the message carrying a change is acknowledged', async () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteSent() // sync step 2 on connecting, before any change
    tracker.noteLocalChange()
    tracker.noteSent()
    let saved = false
    const waiting = tracker.whenSaved().then(() => (saved = true))
    tracker.noteSaved(1)
    await Promise.resolve()
    expect([tracker.isDirty(), saved]).toEqual([true, false])
    tracker.noteSaved(2)
    await waiting
    expect(tracker.isDirty()).toBe(false)
  })

  it('numbers messages per connection: an offline change is covered by the next connection’s sync', () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteLocalChange()
    tracker.noteSent() // message 1 of the first connection, never acknowledged
    tracker.noteLocalChange() // made offline, not sent
    tracker.connectionStarted()
    tracker.noteSaved(1) // an acknowledgement before anything was sent here covers nothing
    expect(tracker.isDirty()).toBe(true)
    tracker.noteSent() // sync step 2: carries both changes
    tracker.noteSaved(1)
    expect(tracker.isDirty()).toBe(false)
  })

  it('ignores acknowledgements that cover less than already saved', () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteLocalChange()
    tracker.noteSent()
    tracker.noteLocalChange()
    tracker.noteSent()
    tracker.noteSaved(2)
    tracker.noteSaved(1)
    expect(tracker.isDirty()).toBe(false)
  })
})
