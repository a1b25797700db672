import type { PresenceAwareness } from './presenceAwareness'
import { presenceColour, type PresenceColour } from './presenceColour'
import { readPresenceState, type PresenceUser } from './presenceState'

/** One person in the document, however many tabs they have open. */
export interface PresentUser extends PresenceUser {
  colour: PresenceColour
  /** The signed-in user of this client (any of their tabs). */
  isSelf: boolean
  /** The awareness client ids of this person, one per open tab, ascending. */
  clientIds: number[]
}

/**
 * Everyone in the document, one entry per user id, sorted by name (German collation).
 *
 * The local client's own state is never read for identity: the server stamps `user` only on what
 * it relays to others, so locally it is missing or whatever this client wrote. Pass `self` (from
 * the session) to include the local user, marked `isSelf`, together with their other tabs;
 * without it the local user is left out.
 */
export function presentUsers(
  awareness: Pick<PresenceAwareness, 'getStates'>,
  localClientId: number,
  self?: PresenceUser
): PresentUser[] {
  const byUser = new Map<string, PresentUser>()
  const add = (user: PresenceUser, clientId: number, isSelf: boolean) => {
    const known = byUser.get(user.userId)
    if (known) known.clientIds.push(clientId)
    else
      byUser.set(user.userId, {
        ...user,
        colour: presenceColour(user.userId),
        isSelf,
        clientIds: [clientId],
      })
  }
  if (self) add(self, localClientId, true)
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === localClientId) continue
    const { user } = readPresenceState(state)
    if (!user) continue
    add(user, clientId, self !== undefined && user.userId === self.userId)
  }
  const users = [...byUser.values()]
  for (const user of users) user.clientIds.sort((a, b) => a - b)
  return users.sort(byName)
}

/** One remote client's selection in one file. */
export interface RemoteSelection {
  clientId: number
  user: PresenceUser
  colour: PresenceColour
  ids: string[]
}

/**
 * What every other client has selected in `fileName`, sorted by name then client id so outlines
 * stack the same way on every redraw. Other tabs of the local user count as other clients: what
 * is selected there is not selected here.
 */
export function remoteSelections(
  awareness: Pick<PresenceAwareness, 'getStates'>,
  localClientId: number,
  fileName: string
): RemoteSelection[] {
  const selections: RemoteSelection[] = []
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === localClientId) continue
    const { user, selection } = readPresenceState(state)
    if (!user || !selection || selection.fileName !== fileName) continue
    selections.push({ clientId, user, colour: presenceColour(user.userId), ids: selection.ids })
  }
  return selections.sort((a, b) => byName(a.user, b.user) || a.clientId - b.clientId)
}

const collator = new Intl.Collator('de', { sensitivity: 'base' })

function byName(a: PresenceUser, b: PresenceUser): number {
  return (
    collator.compare(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  )
}
