/**
 * One facet as a group of checkboxes with counts. Values the user selected stay listed even when
 * no block matches them any more, so a selection can always be undone where it was made.
 */
import { useId } from 'react'
import type { FacetCount } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function FacetGroup({
  legend,
  counts,
  selected,
  label,
  onToggle,
}: {
  legend: string
  counts: readonly FacetCount[]
  selected: readonly string[]
  label: (value: string) => string
  onToggle: (value: string, on: boolean) => void
}) {
  const t = useT(catalogueMessages)
  const baseId = useId()
  const values = [
    ...counts,
    ...selected
      .filter((v) => !counts.some((c) => c.value === v))
      .map((value) => ({ value, count: 0 })),
  ]
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      {values.length === 0 ? <p className="muted">{t('facetEmpty')}</p> : null}
      <ul>
        {values.map(({ value, count }, index) => {
          const id = `${baseId}-${index}`
          return (
            <li key={value}>
              <input
                id={id}
                type="checkbox"
                checked={selected.includes(value)}
                onChange={(event) => onToggle(value, event.target.checked)}
              />
              <label htmlFor={id}>{t('facetOption', { label: label(value), count })}</label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
