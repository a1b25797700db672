import { afterEach, describe, expect, it } from 'vitest'
import { MemoryPresenceRoom } from './memoryPresenceRoom'
import { presenceColour } from './presenceColour'
import { presentUsers, remoteSelections } from './presentUsers'
import { clearLocalSelection, setLocalSelection } from './setLocalSelection'

const anna = { userId: 'u-anna', name: 'Anna Schmidt' }
const bernd = { userId: 'u-bernd', name: 'Bernd Özdemir' }
const carla = { userId: 'u-carla', name: 'carla Weber' }

let room = new MemoryPresenceRoom()
afterEach(() => {
  room.destroy()
  room = new MemoryPresenceRoom()
})

/** A member becomes visible to others once it publishes a state, as with y-websocket. */
function joinAndAnnounce(user: typeof anna) {
  const awareness = room.join(user)
  awareness.setLocalStateField('selection', null)
  return awareness
}

describe('presentUsers', () => {
  it('lists each user once, sorted by name, with their colour, and marks self with all their tabs', () => {
    const annaTab1 = joinAndAnnounce(anna)
    const carlaTab = joinAndAnnounce(carla)
    const berndTab = joinAndAnnounce(bernd)
    const annaTab2 = joinAndAnnounce(anna)

    const seenByAnna = presentUsers(annaTab1, annaTab1.clientID, anna)
    expect(seenByAnna.map((u) => [u.name, u.isSelf])).toEqual([
      ['Anna Schmidt', true],
      ['Bernd Özdemir', false],
      ['carla Weber', false],
    ])
    expect(seenByAnna[0]!.clientIds).toEqual(
      [annaTab1.clientID, annaTab2.clientID].sort((a, b) => a - b)
    )
    expect(seenByAnna[1]!.colour).toEqual(presenceColour('u-bernd'))
    expect(seenByAnna[2]!.clientIds).toEqual([carlaTab.clientID])

    // Without the session's identity, self is left out (including the other tab).
    expect(presentUsers(berndTab, berndTab.clientID).map((u) => u.name)).toEqual([
      'Anna Schmidt',
      'carla Weber',
    ])
  })

  it('takes identity from the server stamp, never from what a client writes about itself', () => {
    const annaTab = joinAndAnnounce(anna)
    const mallory = room.join({ userId: 'u-mallory', name: 'Mallory' })
    mallory.setLocalStateField('user', { userId: 'u-anna', name: 'Anna Schmidt' })

    const seen = presentUsers(annaTab, annaTab.clientID, anna)
    expect(seen.map((u) => [u.userId, u.name, u.isSelf])).toEqual([
      ['u-anna', 'Anna Schmidt', true],
      ['u-mallory', 'Mallory', false],
    ])
    // The local state is not read for identity either, whatever this client put there.
    annaTab.setLocalStateField('user', { userId: 'u-bernd', name: 'Bernd' })
    expect(presentUsers(annaTab, annaTab.clientID).map((u) => u.userId)).toEqual(['u-mallory'])
  })

  it('removes a user whose last tab left', () => {
    const annaTab = joinAndAnnounce(anna)
    const bernd1 = joinAndAnnounce(bernd)
    const bernd2 = joinAndAnnounce(bernd)
    room.leave(bernd1)
    expect(presentUsers(annaTab, annaTab.clientID, anna).map((u) => u.name)).toEqual([
      'Anna Schmidt',
      'Bernd Özdemir',
    ])
    room.leave(bernd2)
    expect(presentUsers(annaTab, annaTab.clientID, anna).map((u) => u.name)).toEqual([
      'Anna Schmidt',
    ])
  })

  it('skips states without a usable identity', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { userId: 'u-anna', name: 'Anna' } }],
      [2, { user: 'Bernd' }],
      [3, {}],
      [4, { user: { userId: '', name: 'Niemand' } }],
    ])
    expect(presentUsers({ getStates: () => states }, 99).map((u) => u.userId)).toEqual(['u-anna'])
  })
})

describe('selections', () => {
  it('publishes the local selection and shows it to others per file', () => {
    const annaTab = joinAndAnnounce(anna)
    const berndTab = joinAndAnnounce(bernd)
    setLocalSelection(berndTab, 'prozess.bpmn', ['Task_1', 'Task_1', 'Flow_2'])

    expect(remoteSelections(annaTab, annaTab.clientID, 'prozess.bpmn')).toEqual([
      {
        clientId: berndTab.clientID,
        user: bernd,
        colour: presenceColour('u-bernd'),
        ids: ['Task_1', 'Flow_2'],
      },
    ])
    expect(remoteSelections(annaTab, annaTab.clientID, 'gebuehr.dmn')).toEqual([])
    // The own selection is not remote.
    expect(remoteSelections(berndTab, berndTab.clientID, 'prozess.bpmn')).toEqual([])

    setLocalSelection(berndTab, 'prozess.bpmn', [])
    expect(remoteSelections(annaTab, annaTab.clientID, 'prozess.bpmn')).toEqual([])
  })

  it('writes only when the selection changed', () => {
    const berndTab = joinAndAnnounce(bernd)
    let updates = 0
    berndTab.on('update', () => updates++)
    setLocalSelection(berndTab, 'prozess.bpmn', ['Task_1'])
    setLocalSelection(berndTab, 'prozess.bpmn', ['Task_1'])
    setLocalSelection(berndTab, 'prozess.bpmn', ['Task_1', 'Task_2'])
    setLocalSelection(berndTab, 'andere.bpmn', ['Task_1', 'Task_2'])
    setLocalSelection(berndTab, 'andere.bpmn', [])
    setLocalSelection(berndTab, 'andere.bpmn', [])
    expect(updates).toBe(4)
  })

  it('cuts a huge selection to what peers accept', () => {
    const annaTab = joinAndAnnounce(anna)
    const berndTab = joinAndAnnounce(bernd)
    const many = Array.from({ length: 800 }, (_, i) => `Task_${i}`)
    setLocalSelection(berndTab, 'prozess.bpmn', [...many, 'x'.repeat(300)])
    const [seen] = remoteSelections(annaTab, annaTab.clientID, 'prozess.bpmn')
    expect(seen?.ids).toEqual(many.slice(0, 500))
  })

  it('clears the local selection only for the file that closes', () => {
    const annaTab = joinAndAnnounce(anna)
    const berndTab = joinAndAnnounce(bernd)
    setLocalSelection(berndTab, 'prozess.bpmn', ['Task_1'])
    clearLocalSelection(berndTab, 'andere.bpmn')
    expect(remoteSelections(annaTab, annaTab.clientID, 'prozess.bpmn')).toHaveLength(1)
    clearLocalSelection(berndTab, 'prozess.bpmn')
    expect(remoteSelections(annaTab, annaTab.clientID, 'prozess.bpmn')).toEqual([])
  })

  it('lists the selections of several users by name, ignoring malformed ones', () => {
    const states = new Map<number, Record<string, unknown>>([
      [5, { user: carla, selection: { fileName: 'p.bpmn', ids: ['A'] } }],
      [3, { user: anna, selection: { fileName: 'p.bpmn', ids: ['B'] } }],
      [4, { user: bernd, selection: { fileName: 'p.bpmn', ids: [null] } }],
      [6, { selection: { fileName: 'p.bpmn', ids: ['C'] } }],
    ])
    expect(
      remoteSelections({ getStates: () => states }, 1, 'p.bpmn').map((s) => s.clientId)
    ).toEqual([3, 5])
  })
})
