import { describe, expect, it } from 'vitest'
import { PRESENCE_LIMITS, readPresenceState } from './presenceState'

const user = { userId: 'u-anna', name: 'Anna Schmidt' }

describe('readPresenceState', () => {
  it('reads a well-formed state', () => {
    const selection = { fileName: 'prozess.bpmn', ids: ['Task_1', 'Flow_2'] }
    expect(readPresenceState({ user, selection, cursor: { x: 1 } })).toEqual({ user, selection })
  })

  it.each([
    ['null', null],
    ['a string', 'hallo'],
    ['an array', [user]],
    ['a number', 42],
    ['undefined', undefined],
  ])('treats %s as a state without user and selection', (_label, state) => {
    expect(readPresenceState(state)).toEqual({ user: null, selection: null })
  })

  it.each([
    ['no user id', { name: 'Anna' }],
    ['an empty user id', { userId: '', name: 'Anna' }],
    ['a numeric user id', { userId: 7, name: 'Anna' }],
    ['a blank name', { userId: 'u-anna', name: '   ' }],
    ['a name that is no string', { userId: 'u-anna', name: ['Anna'] }],
    [
      'a user id beyond the limit',
      { userId: 'u'.repeat(PRESENCE_LIMITS.maxUserIdLength + 1), name: 'A' },
    ],
    ['a user that is a string', 'Anna'],
  ])('drops a user with %s but keeps the selection', (_label, badUser) => {
    const selection = { fileName: 'a.bpmn', ids: ['Task_1'] }
    expect(readPresenceState({ user: badUser, selection })).toEqual({ user: null, selection })
  })

  it('trims the name and cuts one that is too long', () => {
    const long = 'B'.repeat(PRESENCE_LIMITS.maxNameLength + 50)
    expect(readPresenceState({ user: { userId: 'u', name: `  ${long} ` } }).user?.name).toBe(
      'B'.repeat(PRESENCE_LIMITS.maxNameLength)
    )
  })

  it.each([
    ['no file name', { ids: ['Task_1'] }],
    ['ids that are no array', { fileName: 'a.bpmn', ids: 'Task_1' }],
    ['an id that is no string', { fileName: 'a.bpmn', ids: ['Task_1', 3] }],
    ['an empty id', { fileName: 'a.bpmn', ids: [''] }],
    ['no ids', { fileName: 'a.bpmn', ids: [] }],
    [
      'an id beyond the limit',
      { fileName: 'a.bpmn', ids: ['x'.repeat(PRESENCE_LIMITS.maxIdLength + 1)] },
    ],
    [
      'more ids than allowed',
      {
        fileName: 'a.bpmn',
        ids: Array.from({ length: PRESENCE_LIMITS.maxSelectedIds + 1 }, (_, i) => `T${i}`),
      },
    ],
    ['a selection that is an array', [['Task_1']]],
  ])('drops a selection with %s but keeps the user', (_label, badSelection) => {
    expect(readPresenceState({ user, selection: badSelection })).toEqual({ user, selection: null })
  })

  it('keeps each selected id once', () => {
    const state = { selection: { fileName: 'a.bpmn', ids: ['A', 'B', 'A'] } }
    expect(readPresenceState(state).selection?.ids).toEqual(['A', 'B'])
  })

  it('never throws on JSON a peer could send', () => {
    const samples = [
      '{"__proto__":{"user":1}}',
      '{"user":{"__proto__":null}}',
      '{"selection":{"ids":{}}}',
    ]
    for (const sample of samples) {
      expect(() => readPresenceState(JSON.parse(sample))).not.toThrow()
    }
  })
})
