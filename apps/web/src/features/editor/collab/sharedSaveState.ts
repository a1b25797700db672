import type { SaveState } from '../SaveIndicator'
import type { CollabStatus } from './collabStatus'

/**
 * What the save indicator says for a shared draft. There is no separate save: changes go out as
 * they are made, so "unsaved" means "sent, not yet acknowledged" (shown as saving), and what
 * matters besides is the connection.
 *
 * @param dirty local changes not acknowledged by the server
 * @param pendingModels model edits not yet written into the document (a pause after the last one)
 * @param last the outcome of the last explicit save (a failure stays until the next change)
 * @param stopText the stop reason in words, for changes that can no longer be saved
 */
export function sharedSaveState(
  status: CollabStatus,
  dirty: boolean,
  pendingModels: boolean,
  last: SaveState,
  stopText: string
): SaveState {
  if (status.stopReason) return dirty ? { kind: 'failed', reason: stopText } : { kind: 'saved' }
  if (status.readOnly) return { kind: 'readOnly' }
  if (status.connection !== 'online') return { kind: 'offline' }
  if (last.kind === 'failed') return last
  if (pendingModels) return { kind: 'unsaved' }
  if (dirty) return { kind: 'saving' }
  return { kind: 'saved' }
}
