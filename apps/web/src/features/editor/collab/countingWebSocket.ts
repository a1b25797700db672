import type { SaveTracker } from './saveTracker'
import { bytesOf, numberedMessage } from './wireFormat'

/**
 * The WebSocket class y-websocket connects with, reporting to the tracker what the server will
 * number: each socket is a new connection (numbering starts again), each sync step 2 or update
 * sent on it is one numbered message. Counting at the socket sees exactly what went out, including
 * the sync step 2 y-websocket answers the server's step 1 with (which carries offline edits), and
 * tells the tracker which of the two kinds each is.
 */
export function countingWebSocket(Base: typeof WebSocket, tracker: SaveTracker): typeof WebSocket {
  return class CountingWebSocket extends Base {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols)
      tracker.connectionStarted()
    }

    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      super.send(data as Parameters<WebSocket['send']>[0])
      const bytes = bytesOf(data)
      const message = bytes && numberedMessage(bytes)
      if (message) tracker.noteSent(message)
    }
  }
}
