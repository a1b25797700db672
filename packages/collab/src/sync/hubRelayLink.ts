import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import type { InstanceRelay, RelayKind, RelayMessage } from './instanceRelay'

/** Origin of awareness changes that arrived from another instance (never published again). */
export const RELAY_ORIGIN = 'bauplan:relay'

/** What the link needs from the hub. */
export interface RelayedHub {
  applyStoredElsewhere(docName: string, update: Uint8Array): void
  awarenessOf(docName: string): Awareness | undefined
  /** Re-reads a loaded document from storage and applies what this instance is missing. */
  resync(docName: string): void
  loadedDocuments(): string[]
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

/**
 * Connects one DocumentHub to an InstanceRelay:
 *
 * - out: updates once stored (`stored`), and awareness changes of this instance's connections;
 * - in: others' updates through `applyStoredElsewhere` (applied and relayed, not stored again),
 *   their awareness with `RELAY_ORIGIN` (so it is relayed to the connections here but never
 *   published back), requests for awareness and for re-reading storage;
 * - the document's subscription is joined before storage is read, and messages that arrive while
 *   the document loads are kept and applied once it has loaded (Yjs merges duplicates);
 * - after an interruption the link re-reads every loaded document (missed incoming messages) or
 *   asks the others to (missed outgoing messages).
 *
 * An instance ignores its own messages by their `from`.
 */
export class HubRelayLink {
  /** Documents joined whose storage read has not finished: their messages wait here. */
  private readonly loading = new Map<string, RelayMessage[]>()
  private readonly awarenessListeners = new Map<string, () => void>()

  constructor(
    private readonly relay: InstanceRelay,
    private readonly hub: RelayedHub,
    private readonly onError: (docName: string, error: unknown) => void
  ) {
    relay.listen({
      message: (message) => this.receive(message),
      missedIncoming: () => {
        for (const docName of hub.loadedDocuments()) {
          hub.resync(docName)
          this.publish(docName, 'awareness-query', new Uint8Array())
        }
        // A document still being read may have started reading before what was lost was
        // stored: it re-reads once it has loaded.
        for (const [docName, waiting] of this.loading) {
          waiting.push({ docName, kind: 'resync', from: '', bytes: new Uint8Array() })
        }
      },
      missedOutgoing: () => {
        for (const docName of hub.loadedDocuments()) {
          this.publish(docName, 'resync', new Uint8Array())
          this.publishAllAwareness(docName)
        }
      },
    })
  }

  /** Before the document's storage is read: subscribe first, so nothing falls in the gap. */
  async join(docName: string): Promise<void> {
    this.loading.set(docName, [])
    try {
      await this.relay.join(docName)
    } catch (error) {
      this.loading.delete(docName)
      throw error
    }
  }

  /** The document has loaded (the hub knows it as ready): apply what waited, relay awareness. */
  loaded(docName: string, awareness: Awareness): void {
    const waiting = this.loading.get(docName) ?? []
    this.loading.delete(docName)
    const onUpdate = (change: AwarenessChange, origin: unknown) => {
      // Others' states came from the relay; timeouts are decided by each instance on its own.
      if (origin === RELAY_ORIGIN || origin === 'timeout') return
      const changed = [...change.added, ...change.updated, ...change.removed]
      if (changed.length > 0) {
        this.publish(docName, 'awareness', encodeAwarenessUpdate(awareness, changed))
      }
    }
    awareness.on('update', onUpdate)
    this.awarenessListeners.set(docName, () => awareness.off('update', onUpdate))
    for (const message of waiting) this.receive(message)
    this.publish(docName, 'awareness-query', new Uint8Array())
  }

  /** Loading failed or the document was unloaded: stop receiving its messages. */
  unloaded(docName: string): void {
    this.loading.delete(docName)
    this.awarenessListeners.get(docName)?.()
    this.awarenessListeners.delete(docName)
    this.relay.leave(docName)
  }

  /** An update this instance has stored durably (never call before the append resolved). */
  stored(docName: string, update: Uint8Array): void {
    this.publish(docName, 'update', update)
  }

  private receive(message: RelayMessage): void {
    if (message.from === this.relay.instanceId) return
    const waiting = this.loading.get(message.docName)
    if (waiting) {
      waiting.push(message)
      return
    }
    try {
      this.handle(message)
    } catch (error) {
      this.onError(message.docName, error)
    }
  }

  private handle({ docName, kind, bytes }: RelayMessage): void {
    if (kind === 'update') return this.hub.applyStoredElsewhere(docName, bytes)
    if (kind === 'resync') return this.hub.resync(docName)
    const awareness = this.hub.awarenessOf(docName)
    if (!awareness) return
    if (kind === 'awareness') applyAwarenessUpdate(awareness, bytes, RELAY_ORIGIN)
    else this.publishAllAwareness(docName)
  }

  private publishAllAwareness(docName: string): void {
    const awareness = this.hub.awarenessOf(docName)
    const clients = awareness ? [...awareness.getStates().keys()] : []
    if (awareness && clients.length > 0) {
      this.publish(docName, 'awareness', encodeAwarenessUpdate(awareness, clients))
    }
  }

  private publish(docName: string, kind: RelayKind, bytes: Uint8Array): void {
    this.relay.publish({ docName, kind, from: this.relay.instanceId, bytes })
  }
}
