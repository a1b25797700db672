/** A version state as a badge: symbol, text and colour, so it never depends on colour alone. */
import type { VersionState } from '../api/types'
import { useT } from '../i18n/i18n'
import { useVocabulary } from '../vocabulary/useVocabulary'
import { uiMessages } from './messages'

const SYMBOLS: Record<VersionState, string> = {
  entwurf: '✎',
  in_pruefung: '◔',
  veroeffentlicht: '✓',
  abgekuendigt: '⊘',
}

export function StateBadge({ state }: { state: VersionState }) {
  const t = useT(uiMessages)
  const { state: label } = useVocabulary()
  return (
    <span className="state-badge" data-state={state}>
      <span aria-hidden="true">{SYMBOLS[state]}</span>
      <span className="visually-hidden">{t('statePrefix')} </span>
      {label(state)}
    </span>
  )
}
