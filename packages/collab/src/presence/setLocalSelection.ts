import type { PresenceAwareness } from './presenceAwareness'
import { PRESENCE_LIMITS, readPresenceState, type PresenceSelection } from './presenceState'

/**
 * Publishes what the local user has selected in `fileName` (an empty list clears it). Writes only
 * when the selection really changed: every write bumps the awareness clock and goes to every peer.
 * A selection larger than PRESENCE_LIMITS.maxSelectedIds is cut to that many ids (and ids beyond
 * maxIdLength are left out), because peers ignore a selection that breaks a limit entirely.
 */
export function setLocalSelection(
  awareness: Pick<PresenceAwareness, 'getLocalState' | 'setLocalStateField'>,
  fileName: string,
  ids: readonly string[]
): void {
  const unique = [...new Set(ids)]
    .filter((id) => id !== '' && id.length <= PRESENCE_LIMITS.maxIdLength)
    .slice(0, PRESENCE_LIMITS.maxSelectedIds)
  const next: PresenceSelection | null = unique.length === 0 ? null : { fileName, ids: unique }
  const current = readPresenceState(awareness.getLocalState()).selection
  if (sameSelection(current, next)) return
  awareness.setLocalStateField('selection', next)
}

/** Clears the local selection if it belongs to `fileName` (the file's editor closes). */
export function clearLocalSelection(
  awareness: Pick<PresenceAwareness, 'getLocalState' | 'setLocalStateField'>,
  fileName: string
): void {
  const current = readPresenceState(awareness.getLocalState()).selection
  if (current?.fileName === fileName) awareness.setLocalStateField('selection', null)
}

function sameSelection(a: PresenceSelection | null, b: PresenceSelection | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.fileName === b.fileName &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i])
  )
}
