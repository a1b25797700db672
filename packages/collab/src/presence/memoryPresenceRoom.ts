import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate as encodeEntries,
  stampIdentity,
} from '../sync/awarenessIdentity'
import type { PresenceUser } from './presenceState'

const ROOM_ORIGIN = Symbol('memory presence room')

/**
 * Awareness instances joined in memory the way the server joins connections, for tests and
 * development (like MemoryPersistence): what a member publishes reaches every other member with
 * `user` stamped from the identity it joined with (the server's `stampIdentity`), and a member
 * that leaves disappears for everyone. Delivery is synchronous. Only the member's own client id
 * is relayed, so a member cannot speak for another client here either.
 */
export class MemoryPresenceRoom {
  private readonly members = new Map<Awareness, PresenceUser>()

  /** A new client of `user` in the room: a real y-protocols Awareness on its own Y.Doc. */
  join(user: PresenceUser): Awareness {
    const awareness = new Awareness(new Y.Doc())
    // What the others already published reaches the newcomer, as the server's first message does.
    for (const [other, otherUser] of this.members) this.deliver(other, otherUser, awareness)
    this.members.set(awareness, user)
    awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin === ROOM_ORIGIN || !this.members.has(awareness)) return
      for (const other of this.members.keys()) {
        if (other !== awareness) this.deliver(awareness, user, other)
      }
    })
    return awareness
  }

  /** The member's tab closes: its state is removed for everyone and the awareness destroyed. */
  leave(awareness: Awareness): void {
    if (!this.members.delete(awareness)) return
    for (const other of this.members.keys()) {
      removeAwarenessStates(other, [awareness.clientID], ROOM_ORIGIN)
    }
    awareness.destroy()
  }

  /** Every member leaves (stops the awareness timers). */
  destroy(): void {
    for (const awareness of [...this.members.keys()]) this.leave(awareness)
  }

  private deliver(from: Awareness, user: PresenceUser, to: Awareness): void {
    const entries = decodeAwarenessUpdate(encodeAwarenessUpdate(from, [from.clientID]))
    const stamped = stampIdentity(entries, { userId: user.userId, name: user.name })
    applyAwarenessUpdate(to, encodeEntries(stamped), ROOM_ORIGIN)
  }
}
