import {
  deriveFiles,
  MemoryPresenceRoom,
  seedDraftDocument,
  setLocalSelection,
} from '@bauplan/collab'
import { afterEach, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import * as Y from 'yjs'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { DecisionModeler, type DecisionModelerHandle } from '../decision-modeler/DecisionModeler'
import { referenceFolder } from '../editor/testing/referenceModels'
import { TABLE_PRESENCE_SCOPE } from './bindTableRemoteSelections'

const FOLDER = 'verfahren/hundesteuer-anmelden'
const FILE = 'hundesteuer-anmelden.dmn'
const CELL = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'

const rooms: MemoryPresenceRoom[] = []
afterEach(() => {
  while (rooms.length > 0) rooms.pop()?.destroy()
})

describe('DecisionModeler with awareness', () => {
  it('publishes its selection, shows the others’, and withdraws its selection on unmount', async () => {
    const doc = new Y.Doc()
    expect((await seedDraftDocument(doc, referenceFolder(FOLDER))).problems).toEqual([])
    const xml = (await deriveFiles(doc))[FILE] ?? ''
    const room = new MemoryPresenceRoom()
    rooms.push(room)
    const mine = room.join({ userId: 'u-anna', name: 'Anna Schmidt' })
    const berndTab = room.join({ userId: 'u-bernd', name: 'Bernd Özdemir' })
    let handle: DecisionModelerHandle | undefined
    const screen = await render(
      <LocaleProvider initial="de">
        <DecisionModeler
          file={FILE}
          initialXml={xml}
          collab={{ doc, fileName: FILE, origin: 'me' }}
          awareness={mine}
          onReady={(h) => (handle = h)}
        />
      </LocaleProvider>
    )
    await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
    expect(await handle!.selectElement('Decision_Steuersatz')).toBe(true)

    setLocalSelection(berndTab, FILE, [CELL])
    const label = () =>
      screen.container.querySelector(`[data-element-id="${CELL}"] .bauplan-presence-label`)
    await expect.poll(() => label()?.textContent).toBe('Bernd Özdemir')

    handle!.modeler.getActiveViewer()!.get<{ select(id: string): void }>('selection').select(CELL)
    expect(mine.getLocalState()?.selection).toEqual({ fileName: FILE, ids: [CELL] })

    await screen.unmount()
    expect(mine.getLocalState()?.selection).toBeNull()
    expect(document.querySelector(`[${TABLE_PRESENCE_SCOPE}]`)).toBeNull()
    expect(document.querySelector('style[data-bauplan-presence]')).toBeNull()
  })
})
