/**
 * The signed-in user with organisation and role, always visible in the header (issue: "the user's
 * organisation and role always visible"), so nobody acts in the wrong role by mistake.
 */
import type { User } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { useSession } from '../../lib/session/SessionContext'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { layoutMessages } from './messages'

export function UserBadge({ user }: { user: User }) {
  const t = useT(layoutMessages)
  const { organisations } = useSession()
  const { role } = useVocabulary()
  return (
    <div className="user-badge">
      <span className="visually-hidden">{t('signedInAs')} </span>
      <span className="user-name">{user.displayName}</span>
      <ul className="user-roles" aria-label={t('userRoles')}>
        {user.memberships.map((m) => (
          <li key={`${m.organisationId}-${m.role}`}>
            <span className="user-role">{role(m.role)}</span>
            {' · '}
            <span>{organisations.get(m.organisationId)?.name ?? m.organisationId}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
