import * as Y from 'yjs'
import type { Random } from './random'

/** Origin of updates applied from the network, so peers do not send them on again. */
const NETWORK = Symbol('network')

interface Message {
  to: number
  update: Uint8Array
}

/**
 * Peers connected through a hostile network: updates are delivered in random order, some twice,
 * and a disconnected peer neither sends nor receives; on reconnect it syncs both ways by state
 * vector (sync step 1/2 of the y-protocols), as a provider does.
 */
export class SimulatedNetwork {
  readonly peers: Y.Doc[]
  private readonly online: boolean[]
  private readonly inFlight: Message[] = []

  constructor(
    peers: Y.Doc[],
    private readonly random: Random
  ) {
    this.peers = peers
    this.online = peers.map(() => true)
    peers.forEach((peer, from) => {
      peer.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NETWORK || !this.online[from]) return
        for (let to = 0; to < peers.length; to++) {
          if (to !== from && this.online[to]) this.inFlight.push({ to, update })
        }
      })
    })
  }

  isOnline(peer: number): boolean {
    return this.online[peer] ?? false
  }

  disconnect(peer: number): void {
    this.online[peer] = false
  }

  /** Back online: exchange what each side misses with every online peer. */
  reconnect(peer: number): void {
    this.online[peer] = true
    const doc = this.peers[peer] as Y.Doc
    this.peers.forEach((other, index) => {
      if (index === peer || !this.online[index]) return
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), NETWORK)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), NETWORK)
    })
  }

  /** Delivers up to `count` random messages; each may be duplicated (delivered again later). */
  deliverSome(count: number): void {
    for (let i = 0; i < count && this.inFlight.length > 0; i++) {
      const index = this.random.int(this.inFlight.length)
      const message = this.inFlight[index] as Message
      // A duplicate stays in flight and arrives again later.
      if (!this.random.chance(0.15)) this.inFlight.splice(index, 1)
      if (!this.online[message.to]) continue
      Y.applyUpdate(this.peers[message.to] as Y.Doc, message.update, NETWORK)
    }
  }

  /** Everyone online, every message delivered (duplicates included), then a full sync. */
  settle(): void {
    this.peers.forEach((_, peer) => {
      if (!this.online[peer]) this.reconnect(peer)
    })
    while (this.inFlight.length > 0) this.deliverSome(this.inFlight.length)
    for (const peer of this.peers.keys()) this.reconnect(peer)
  }
}
