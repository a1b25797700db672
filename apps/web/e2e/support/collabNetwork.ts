/**
 * A network cable for one browser context's collaboration connection.
 *
 * `context.setOffline(true)` alone is not a network loss for the editor: Chromium's offline
 * emulation fails new requests but leaves open WebSockets connected (playwright issue #4910). So
 * every collaboration WebSocket of the context goes through `routeWebSocket`, connected to the
 * real server; going offline closes the open ones (as a lost network does, code 1006) and refuses
 * new ones until the context is online again. HTTP goes offline with `setOffline` at the same time,
 * so the editor cannot ask the API either — the state a person on a train is in.
 *
 * Install it before the page loads: Playwright replaces the page's WebSocket class when the route
 * is set, and the editor's connection must be made through it.
 */
import type { BrowserContext, WebSocketRoute } from 'playwright-core'

const COLLAB_SOCKET = /\/api\/collab\//
/** What a browser reports when the network goes away under an open WebSocket. */
const ABNORMAL_CLOSURE = 1006

export interface CollabNetwork {
  goOffline(): Promise<void>
  goOnline(): Promise<void>
}

export async function controlCollabNetwork(context: BrowserContext): Promise<CollabNetwork> {
  let online = true
  const open = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>()
  await context.routeWebSocket(COLLAB_SOCKET, (page) => {
    if (!online) {
      // Unconnected, Playwright would answer as a mock server; a lost network answers nothing.
      void page.close({ code: ABNORMAL_CLOSURE }).catch(() => undefined)
      return
    }
    open.add({ page, server: page.connectToServer() })
  })
  return {
    goOffline: async () => {
      online = false
      await context.setOffline(true)
      const cut = [...open]
      open.clear()
      // Both ends: the page sees its connection drop, the server sees the client go away.
      await Promise.all(
        cut.flatMap(({ page, server }) => [
          page.close({ code: ABNORMAL_CLOSURE }).catch(() => undefined),
          server.close().catch(() => undefined),
        ])
      )
    },
    goOnline: async () => {
      online = true
      await context.setOffline(false)
    },
  }
}
