/** The search field (a `search` landmark); submitting keeps the filters and starts at page 1. */
import { useId, useState } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const t = useT(catalogueMessages)
  const inputId = useId()
  const hintId = useId()
  const [text, setText] = useState(q)
  const [shown, setShown] = useState(q)
  // Back/forward changes the query in the URL; the field follows it.
  if (q !== shown) {
    setShown(q)
    setText(q)
  }
  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault()
        onSearch(text)
      }}
    >
      <label htmlFor={inputId}>{t('searchLabel')}</label>
      <span id={hintId} className="field-hint">
        {t('searchHint')}
      </span>
      <div className="search-row">
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('searchSubmit')}</button>
      </div>
    </form>
  )
}
