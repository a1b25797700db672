/** Which version states to show; IT providers only ever see published and deprecated ones. */
import { useId } from 'react'
import { VERSION_STATES, type VersionState } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { catalogueMessages } from './messages'

const PUBLISHED_ONLY: readonly VersionState[] = ['veroeffentlicht', 'abgekuendigt']

export function StateFilter({
  selected,
  seesDrafts,
  onToggle,
}: {
  selected: readonly VersionState[]
  seesDrafts: boolean
  onToggle: (state: VersionState, on: boolean) => void
}) {
  const t = useT(catalogueMessages)
  const { state: label } = useVocabulary()
  const baseId = useId()
  const hintId = useId()
  const states = seesDrafts ? VERSION_STATES : PUBLISHED_ONLY
  return (
    <fieldset className="facet-group" aria-describedby={hintId}>
      <legend>{t('stateFilter')}</legend>
      <p id={hintId} className="field-hint">
        {t('stateHint')}
      </p>
      <ul>
        {states.map((state) => (
          <li key={state}>
            <input
              id={`${baseId}-${state}`}
              type="checkbox"
              checked={selected.includes(state)}
              onChange={(event) => onToggle(state, event.target.checked)}
            />
            <label htmlFor={`${baseId}-${state}`}>{label(state)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
