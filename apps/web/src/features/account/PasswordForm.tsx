/**
 * Change the own password. The server ends every session afterwards, so the app returns to the
 * login page (via the session's 401 handling on the next request, or right away here).
 */
import { useId, useState, type FormEvent } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import { useT } from '../../lib/i18n/i18n'
import { useNavigate } from '../../lib/router/Router'
import { useSession } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { accountMessages } from './messages'

export function PasswordForm() {
  const t = useT(accountMessages)
  const api = useApi()
  const navigate = useNavigate()
  const { recheck } = useSession()
  const ids = { username: useId(), current: useId(), next: useId(), hint: useId() }
  const [error, setError] = useState<Error | undefined>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const username = String(data.get('username') ?? '').trim()
    const current = String(data.get('current') ?? '')
    const next = String(data.get('next') ?? '')
    if (!username || !current || !next) return setError(new Error(t('required')))
    setBusy(true)
    setError(undefined)
    try {
      await api.changePassword(username, current, next)
      recheck()
      navigate('/login', { replace: true })
    } catch (failure) {
      setError(failure as Error)
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="account-password">
      <h2 id="account-password">{t('password')}</h2>
      <p>{t('passwordIntro')}</p>
      {error ? <ErrorMessage error={error} heading={t('failed')} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate className="narrow-form">
        <div className="field">
          <label htmlFor={ids.username}>{t('username')}</label>
          <input id={ids.username} name="username" type="text" autoComplete="username" />
        </div>
        <div className="field">
          <label htmlFor={ids.current}>{t('currentPassword')}</label>
          <input id={ids.current} name="current" type="password" autoComplete="current-password" />
        </div>
        <div className="field">
          <label htmlFor={ids.next}>{t('newPassword')}</label>
          <span id={ids.hint} className="field-hint">
            {t('newPasswordHint')}
          </span>
          <input
            id={ids.next}
            name="next"
            type="password"
            autoComplete="new-password"
            minLength={12}
            aria-describedby={ids.hint}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('changePassword')}
        </button>
      </form>
    </section>
  )
}
