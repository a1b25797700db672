import type { PresentUser } from '@bauplan/collab'

/** Who joined and who left between two lists of present users (by user id, self ignored). */
export function presenceChanges(
  before: readonly PresentUser[],
  after: readonly PresentUser[]
): { joined: PresentUser[]; left: PresentUser[] } {
  const others = (users: readonly PresentUser[]) => users.filter((user) => !user.isSelf)
  const idsBefore = new Set(before.map((user) => user.userId))
  const idsAfter = new Set(after.map((user) => user.userId))
  return {
    joined: others(after).filter((user) => !idsBefore.has(user.userId)),
    left: others(before).filter((user) => !idsAfter.has(user.userId)),
  }
}
