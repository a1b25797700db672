/**
 * A dialog that runs one action: its fields, a confirm button that shows progress, and the
 * server's refusal (with every problem) inside the dialog, so the user can fix and retry.
 */
import { useState, type FormEvent, type ReactNode } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { Dialog } from '../../lib/ui/Dialog'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { actionMessages } from './actionMessages'

export function ActionDialog({
  title,
  submitLabel,
  danger,
  onClose,
  onSubmit,
  children,
}: {
  title: string
  submitLabel: string
  danger?: boolean
  onClose: () => void
  /** Returns an error text for invalid input, or nothing when the action succeeded. */
  onSubmit: (form: FormData) => Promise<string | void>
  children?: ReactNode
}) {
  const t = useT(actionMessages)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | undefined>()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const invalid = await onSubmit(new FormData(event.currentTarget))
      if (invalid) setError(new Error(invalid))
    } catch (failure) {
      setError(failure as Error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open title={title} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {error ? <ErrorMessage error={error} heading={t('failed')} /> : null}
        {children}
        <div className="button-row">
          <button type="submit" className={danger ? 'button-danger' : undefined} disabled={busy}>
            {busy ? t('working') : submitLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** A labelled text field or area for an action dialog. */
export function ActionField({
  id,
  name,
  label,
  multiline,
  defaultValue,
  required,
}: {
  id: string
  name: string
  label: string
  multiline?: boolean
  defaultValue?: string
  required?: boolean
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} name={name} defaultValue={defaultValue} required={required} />
      ) : (
        <input
          id={id}
          name={name}
          type="text"
          defaultValue={defaultValue}
          required={required}
          spellCheck={false}
        />
      )}
    </div>
  )
}
