/** Konto: who you are, your personal API tokens (shown once, revocable) and a password change. */
import { useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { useSession, useUser } from '../../lib/session/SessionContext'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { accountMessages } from './messages'
import { PasswordForm } from './PasswordForm'
import { TokenSection } from './TokenSection'

export function AccountPage() {
  const t = useT(accountMessages)
  const user = useUser()
  const { organisations } = useSession()
  const { role } = useVocabulary()
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <section className="panel" aria-labelledby="account-profile">
        <h2 id="account-profile">{t('profile')}</h2>
        <dl className="facts">
          <div className="facts-row">
            <dt>{t('name')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div className="facts-row">
            <dt>{t('email')}</dt>
            <dd>{user.email ?? '–'}</dd>
          </div>
          <div className="facts-row">
            <dt>{t('memberships')}</dt>
            <dd>
              <ul>
                {user.memberships.map((m) => (
                  <li key={`${m.organisationId}-${m.role}`}>
                    {role(m.role)} · {organisations.get(m.organisationId)?.name ?? m.organisationId}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>
      <TokenSection />
      <PasswordForm />
    </>
  )
}
