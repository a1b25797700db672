import { describe, expect, it } from 'vitest'
import { SaveTracker } from './saveTracker'

describe('SaveTracker', () => {
  it('is dirty until the message carrying a change is acknowledged', async () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteSent('sync-step-2') // on connecting, before any change
    tracker.noteLocalChange()
    tracker.noteSent('update')
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
    tracker.noteSent('sync-step-2') // message 1 of the first connection
    tracker.noteLocalChange()
    tracker.noteSent('update') // message 2, never acknowledged
    tracker.noteLocalChange() // made offline, not sent
    tracker.connectionStarted()
    tracker.noteSaved(1) // an acknowledgement before anything was sent here covers nothing
    expect(tracker.isDirty()).toBe(true)
    tracker.noteSent('sync-step-2') // carries both changes
    tracker.noteSaved(1)
    expect(tracker.isDirty()).toBe(false)
  })

  it('does not count an edit sent on a new connection before its sync step 2 as covering offline changes', () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteLocalChange()
    tracker.noteSent('update') // message 1 of the first connection, never acknowledged
    tracker.noteLocalChange() // made while the connection was lost
    tracker.connectionStarted()
    tracker.noteLocalChange() // made right after reconnecting, before the server's sync step 1
    tracker.noteSent('update') // message 1: carries only this last change
    tracker.noteSaved(1)
    // The two earlier changes travel only in the sync step 2, which is not acknowledged yet.
    expect(tracker.isDirty()).toBe(true)
    tracker.noteSent('sync-step-2') // message 2: everything the server lacks
    tracker.noteSaved(2)
    expect(tracker.isDirty()).toBe(false)
  })

  it('ignores acknowledgements that cover less than already saved', () => {
    const tracker = new SaveTracker()
    tracker.connectionStarted()
    tracker.noteSent('sync-step-2')
    tracker.noteLocalChange()
    tracker.noteSent('update')
    tracker.noteLocalChange()
    tracker.noteSent('update')
    tracker.noteSaved(3)
    tracker.noteSaved(2)
    expect(tracker.isDirty()).toBe(false)
  })
})
