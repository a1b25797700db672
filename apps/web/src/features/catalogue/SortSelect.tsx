/** Sorting: relevance (with a search text), name, last change. */
import { useId } from 'react'
import { SEARCH_SORTS, type SearchSort } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function SortSelect({
  value,
  hasText,
  onChange,
}: {
  value: SearchSort | undefined
  hasText: boolean
  onChange: (sort: SearchSort) => void
}) {
  const t = useT(catalogueMessages)
  const id = useId()
  // The server's default: relevance with a search text, otherwise name.
  const shown = value ?? (hasText ? 'relevance' : 'name')
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('sortLabel')}</label>
      <select
        id={id}
        value={shown}
        onChange={(event) => onChange(event.target.value as SearchSort)}
      >
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sort_${sort}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
