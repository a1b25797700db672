import { useId, useState, type FormEvent } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { editorMessages } from './messages'
import { DMN_FILE_NAME } from './newDmnFile'

/** A small form that names a new DMN file; the editor creates it from a template. */
export function AddDmnFileForm({
  existing,
  onAdd,
}: {
  existing: readonly string[]
  onAdd: (fileName: string) => void
}) {
  const t = useT(editorMessages)
  const [name, setName] = useState('')
  const [touched, setTouched] = useState(false)
  const ids = { input: useId(), help: useId(), error: useId() }
  const error = !DMN_FILE_NAME.test(name)
    ? t('addDmnInvalid')
    : existing.includes(name)
      ? t('addDmnExists')
      : undefined
  const showError = touched && error !== undefined
  function submit(event: FormEvent) {
    event.preventDefault()
    setTouched(true)
    if (error) return
    onAdd(name)
    setName('')
    setTouched(false)
  }
  return (
    <form className="bauplan-add-dmn" onSubmit={submit} noValidate>
      <label htmlFor={ids.input}>{t('addDmnName')}</label>
      <input
        id={ids.input}
        value={name}
        onChange={(event) => setName(event.target.value)}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${ids.error} ${ids.help}` : ids.help}
      />
      {showError && (
        <p id={ids.error} className="bauplan-field-error">
          {error}
        </p>
      )}
      <p id={ids.help} className="bauplan-help">
        {t('addDmnHelp')}
      </p>
      <button type="submit">{t('addDmn')}</button>
    </form>
  )
}
