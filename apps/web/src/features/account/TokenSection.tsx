/** Personal API tokens: create (the secret is shown exactly once), list, revoke. */
import { useId, useState, type FormEvent } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { ApiToken, CreatedApiToken } from '../../lib/api/types'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { accountMessages } from './messages'
import { TableWrap } from '../../lib/ui/TableWrap'

const DEFAULT_DAYS = 90
const MAX_DAYS = 365

export function TokenSection() {
  const t = useT(accountMessages)
  const api = useApi()
  const ids = { name: useId(), nameHint: useId(), days: useId(), secret: useId() }
  const tokens = useResource((signal) => api.listTokens({ signal }), [api])
  const [created, setCreated] = useState<CreatedApiToken | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | undefined>()

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const name = String(data.get('name') ?? '').trim()
    const days = Number(data.get('days'))
    if (!name) return setError(new Error(t('required')))
    setBusy(true)
    setError(undefined)
    try {
      setCreated(await api.createToken(name, days))
      form.reset()
      tokens.reload()
    } catch (failure) {
      setError(failure as Error)
    } finally {
      setBusy(false)
    }
  }

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t('revokeConfirm', { name: token.name }))) return
    setError(undefined)
    try {
      await api.revokeToken(token.id)
      tokens.reload()
    } catch (failure) {
      setError(failure as Error)
    }
  }

  return (
    <section className="panel" aria-labelledby="account-tokens">
      <h2 id="account-tokens">{t('tokens')}</h2>
      <p>{t('tokensIntro')}</p>
      {created ? (
        <div className="message message-success" role="status">
          <p>
            <strong>{t('secretTitle', { name: created.token.name })}</strong>
          </p>
          <p>{t('secretHint')}</p>
          <label htmlFor={ids.secret}>{t('secretLabel')}</label>
          <input
            id={ids.secret}
            type="text"
            readOnly
            className="mono token-secret"
            value={created.secret}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} heading={t('failed')} /> : null}
      <form className="token-form" onSubmit={(event) => void create(event)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('tokenName')}</label>
          <span id={ids.nameHint} className="field-hint">
            {t('tokenNameHint')}
          </span>
          <input
            id={ids.name}
            name="name"
            type="text"
            maxLength={100}
            aria-describedby={ids.nameHint}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.days}>{t('tokenDays')}</label>
          <input
            id={ids.days}
            name="days"
            type="number"
            min={1}
            max={MAX_DAYS}
            defaultValue={DEFAULT_DAYS}
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
      </form>
      {tokens.error ? <ErrorMessage error={tokens.error} onRetry={tokens.reload} /> : null}
      {!tokens.data && !tokens.error ? <Loading /> : null}
      {tokens.data && tokens.data.length === 0 ? <p>{t('noTokens')}</p> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <TokenTable tokens={tokens.data} onRevoke={(token) => void revoke(token)} />
      ) : null}
    </section>
  )
}

function TokenTable({
  tokens,
  onRevoke,
}: {
  tokens: readonly ApiToken[]
  onRevoke: (token: ApiToken) => void
}) {
  const t = useT(accountMessages)
  const { locale } = useLocale()
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t('never'))
  const now = new Date().toISOString()
  return (
    <TableWrap label={t('tokenTable')}>
      <table className="data">
        <caption>{t('tokenTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokenName')}</th>
            <th scope="col">{t('created')}</th>
            <th scope="col">{t('expires')}</th>
            <th scope="col">{t('lastUsed')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const expired = token.expiresAt !== null && token.expiresAt < now
            return (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{date(token.createdAt)}</td>
                <td>{date(token.expiresAt)}</td>
                <td>{date(token.lastUsedAt)}</td>
                <td>
                  {token.revokedAt
                    ? t('revoked', { date: formatDateTime(token.revokedAt, locale) })
                    : expired
                      ? t('expired')
                      : t('active')}
                </td>
                <td>
                  {!token.revokedAt && !expired ? (
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={t('revokeToken', { name: token.name })}
                      onClick={() => onRevoke(token)}
                    >
                      {t('revoke')}
                    </button>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
