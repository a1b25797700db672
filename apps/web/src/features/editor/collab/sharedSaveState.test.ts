import { describe, expect, it } from 'vitest'
import type { CollabStatus } from './collabStatus'
import { sharedSaveState } from './sharedSaveState'

const online: CollabStatus = { connection: 'online', readOnly: false }
const saved = { kind: 'saved' } as const

describe('sharedSaveState', () => {
  it('follows acknowledgements while online', () => {
    expect(sharedSaveState(online, false, false, saved, '')).toEqual({ kind: 'saved' })
    expect(sharedSaveState(online, true, false, saved, '')).toEqual({ kind: 'saving' })
    expect(sharedSaveState(online, false, true, saved, '')).toEqual({ kind: 'unsaved' })
  })

  it('says offline, read-only, or why changes can no longer be saved', () => {
    const offline: CollabStatus = { connection: 'offline', readOnly: false }
    expect(sharedSaveState(offline, true, false, saved, '')).toEqual({ kind: 'offline' })
    const reader: CollabStatus = { connection: 'online', readOnly: true, readOnlyReason: 'role' }
    expect(sharedSaveState(reader, false, false, saved, '')).toEqual({ kind: 'readOnly' })
    const stopped: CollabStatus = { connection: 'stopped', readOnly: true, stopReason: 'revoked' }
    expect(sharedSaveState(stopped, true, false, saved, 'entzogen')).toEqual({
      kind: 'failed',
      reason: 'entzogen',
    })
    expect(sharedSaveState(stopped, false, false, saved, 'entzogen')).toEqual({ kind: 'saved' })
  })
})
