import { describe, expect, it } from 'vitest'
import { DocumentHub } from '../sync/documentHub'
import { MemoryPersistence } from '../sync/memoryPersistence'
import { TestClient, tick } from '../sync/testClient'
import { presentUsers, remoteSelections } from './presentUsers'
import { setLocalSelection } from './setLocalSelection'

describe('presence over the real DocumentHub', () => {
  it('shows the identity the server stamped and the selection the client published', async () => {
    const hub = new DocumentHub({ persistence: new MemoryPersistence() })
    // The identity as apps/server's collabPlugin hands it to the hub.
    const anna = { userId: 'u-anna', name: 'Anna Schmidt' }
    const bernd = { userId: 'u-bernd', name: 'Bernd Özdemir' }
    const annaClient = await new TestClient().connect(hub, 'draft-1', {
      readOnly: false,
      identity: anna,
    })
    const berndClient = await new TestClient().connect(hub, 'draft-1', {
      readOnly: true,
      identity: bernd,
    })

    // Bernd claims to be Anna and selects a task; readers may publish presence too.
    berndClient.setPresence({ user: anna, selection: null })
    setLocalSelection(berndClient.awareness, 'prozess.bpmn', ['Task_1'])
    berndClient.setPresence(berndClient.awareness.getLocalState() ?? {})
    annaClient.setPresence({ selection: null })
    await tick()

    const seenByAnna = presentUsers(annaClient.awareness, annaClient.doc.clientID, anna)
    expect(seenByAnna.map((u) => [u.userId, u.name, u.isSelf])).toEqual([
      ['u-anna', 'Anna Schmidt', true],
      ['u-bernd', 'Bernd Özdemir', false],
    ])
    expect(
      remoteSelections(annaClient.awareness, annaClient.doc.clientID, 'prozess.bpmn')
    ).toMatchObject([{ user: bernd, ids: ['Task_1'] }])
    // Bernd sees Anna, and does not learn his own identity from his own state.
    expect(
      presentUsers(berndClient.awareness, berndClient.doc.clientID).map((u) => u.userId)
    ).toEqual(['u-anna'])

    berndClient.drop()
    await tick()
    expect(
      presentUsers(annaClient.awareness, annaClient.doc.clientID, anna).map((u) => u.userId)
    ).toEqual(['u-anna'])
    annaClient.drop()
    await hub.shutdown()
    // Awareness instances run a renewal timer until destroyed.
    annaClient.awareness.destroy()
    berndClient.awareness.destroy()
  })
})
