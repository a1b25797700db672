import { useT } from '../../lib/i18n/i18n'
import { editorMessages } from './messages'

export type SaveState =
  | { kind: 'saved'; note?: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'held'; reason: string }
  /** A shared draft without connection: edits wait and go out on reconnecting. */
  | { kind: 'offline' }
  /** A shared draft this user only reads. */
  | { kind: 'readOnly' }

/**
 * The save state in words (and an icon), announced politely to screen readers. `data-save-state`
 * carries the kind for tests.
 */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useT(editorMessages)
  const [icon, text] =
    state.kind === 'saved'
      ? ['✅', state.note ? `${t('saved')}. ${state.note}` : t('saved')]
      : state.kind === 'unsaved'
        ? ['✏️', t('unsaved')]
        : state.kind === 'saving'
          ? ['⏳', t('saving')]
          : state.kind === 'failed'
            ? ['⛔', t('saveFailed', { reason: state.reason })]
            : state.kind === 'offline'
              ? ['📴', t('offline')]
              : state.kind === 'readOnly'
                ? ['👁️', t('readOnly')]
                : ['⏸️', t('autosaveHeld', { reason: state.reason })]
  return (
    <p
      role="status"
      aria-live="polite"
      className={`bauplan-save-state bauplan-save-${state.kind}`}
      data-save-state={state.kind}
    >
      <span aria-hidden="true">{icon} </span>
      {text}
    </p>
  )
}
