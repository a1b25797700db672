import {
  presentUsers,
  type PresenceAwareness,
  type PresenceUser,
  type PresentUser,
} from '@bauplan/collab'
import { useEffect, useState } from 'react'

/**
 * The people in the document, kept current from the awareness. Awareness changes arrive for every
 * remote selection change too; the list is only replaced (and the bar re-rendered) when who is
 * there, or with how many tabs, really changed.
 */
export function usePresentUsers(awareness: PresenceAwareness, self?: PresenceUser): PresentUser[] {
  const selfId = self?.userId
  const selfName = self?.name
  const [users, setUsers] = useState(() => presentUsers(awareness, awareness.clientID, self))
  useEffect(() => {
    const me =
      selfId !== undefined && selfName !== undefined
        ? { userId: selfId, name: selfName }
        : undefined
    const update = () => {
      const next = presentUsers(awareness, awareness.clientID, me)
      setUsers((previous) => (sameUsers(previous, next) ? previous : next))
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness, selfId, selfName])
  return users
}

function sameUsers(a: readonly PresentUser[], b: readonly PresentUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((user, i) => {
      const other = b[i]!
      return (
        user.userId === other.userId &&
        user.name === other.name &&
        user.isSelf === other.isSelf &&
        user.clientIds.join() === other.clientIds.join()
      )
    })
  )
}
