import { afterEach, describe, expect, it } from 'vitest'
import { referenceFolder } from '../testing/referenceModels'
import { CollabDraftDocument } from './CollabDraftDocument'
import { inPageCollabServer, type InPageCollabServer } from './testing/inPageCollabServer'

const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const VERSION = '1.0.0'

const open: CollabDraftDocument[] = []
afterEach(() => {
  for (const document of open.splice(0)) document.disconnect()
})

/** One macrotask: messages the in-page hub sent before now have been delivered. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The in-page server's socket, which runs `onOpen` once on the first socket that opens after it
 * is set: right after y-websocket's own open handler (its sync step 1 is out), before the server's
 * sync step 1 arrives and so before this connection's sync step 2.
 */
function socketsOf(server: InPageCollabServer) {
  const hooks: { onOpen: (() => void) | undefined } = { onOpen: undefined }
  class EditOnOpenSocket extends (server.WebSocket as unknown as new (url: string) => WebSocket) {
    constructor(url: string) {
      super(url)
      // The base socket opens in a task of its own, queued in its constructor: this one runs next.
      setTimeout(() => {
        const onOpen = hooks.onOpen
        if (this.readyState !== this.OPEN || !onOpen) return
        hooks.onOpen = undefined
        onOpen()
      }, 0)
    }
  }
  return { hooks, WebSocket: EditOnOpenSocket as unknown as typeof WebSocket }
}

function metadataOf(document: CollabDraftDocument): Record<string, unknown> {
  return document.getMetadata() as Record<string, unknown>
}

describe('saved state across a reconnect (SaveTracker in CollabDraftDocument)', () => {
  it('is not "saved" when an edit made right after reconnecting is stored before the offline edits', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const sockets = socketsOf(server)
    const document = new CollabDraftDocument({
      api: {
        getVersion: async () => ({
          version: { version: VERSION, revision: 1, state: 'entwurf', metadata: {} },
          files: [],
        }),
      },
      blockId: BLOCK,
      version: VERSION,
      serverUrl: 'ws://in-page.test/api/collab',
      WebSocketImpl: sockets.WebSocket,
      deriveDelayMs: 0,
    })
    open.push(document)
    await document.load()

    server.refuseUpgrades = true
    server.cutAll()
    await expect.poll(() => document.status().connection).toBe('offline')
    document.setMetadata({ ...metadataOf(document), name: 'Offline geändert' })

    // Back online: an edit goes out before the sync step 2 that carries the offline one.
    server.holdAppends()
    sockets.hooks.onOpen = () =>
      document.setMetadata({ ...metadataOf(document), beschreibung: 'Gleich danach geändert' })
    server.refuseUpgrades = false
    await expect.poll(() => server.heldAppends(), { timeout: 10_000 }).toBe(1)
    expect(sockets.hooks.onOpen).toBeUndefined()

    // The server stores that edit (message 1) and acknowledges it, and holds the sync step 2.
    server.releaseAppends()
    server.holdAppends()
    await expect.poll(() => server.heldAppends()).toBe(1)
    await nextTask()
    expect(document.isDirty()).toBe(true)
    let saved = false
    const saving = document.save().then(() => (saved = true))
    await nextTask()
    expect(saved).toBe(false)

    server.releaseAppends()
    await saving
    expect(document.isDirty()).toBe(false)
  })
})
