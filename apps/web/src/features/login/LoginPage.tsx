/**
 * Login with user name (or e-mail) and password. The server's answer to a failure arrives in the
 * UI language and is announced with role="alert"; focus stays in the form so the user can correct
 * and resend at once.
 */
import { useId, useState, type FormEvent } from 'react'
import { isApiProblem } from '../../lib/api/apiProblem'
import { useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { useNavigate } from '../../lib/router/Router'
import { useSession } from '../../lib/session/SessionContext'
import { ProblemList } from '../../lib/ui/ErrorMessage'
import { loginMessages } from './messages'
import './login.css'

export function LoginPage({ next }: { next?: string }) {
  const t = useT(loginMessages)
  const { login } = useSession()
  const navigate = useNavigate()
  const usernameId = useId()
  const passwordId = useId()
  const errorId = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | undefined>()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const username = String(data.get('username') ?? '').trim()
    const password = String(data.get('password') ?? '')
    if (!username || !password) {
      setError(new Error(t('required')))
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      await login(username, password)
      navigate(next ?? '/', { replace: true })
    } catch (failure) {
      setError(failure as Error)
      setBusy(false)
    }
  }

  return (
    <section className="login panel">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <div id={errorId}>{error ? <LoginError error={error} /> : null}</div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={usernameId}>{t('username')}</label>
          <input
            id={usernameId}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('password')}</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
      </form>
    </section>
  )
}

function LoginError({ error }: { error: Error }) {
  const t = useT(loginMessages)
  const detail = isApiProblem(error) ? error.detail : error.message
  return (
    <div className="message message-error" role="alert">
      <p>
        <strong>{t('failed')}</strong>
      </p>
      <p>{detail}</p>
      {isApiProblem(error) && error.retryAfter ? (
        <p>{t('retryAfter', { seconds: error.retryAfter })}</p>
      ) : null}
      {isApiProblem(error) ? <ProblemList problems={error.problems} /> : null}
    </div>
  )
}
