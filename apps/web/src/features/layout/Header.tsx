/** The header: product name, main navigation, the signed-in user, language switch and logout. */
import type { User } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useNavigate, useRoute } from '../../lib/router/Router'
import type { LinkableRoute, RouteName } from '../../lib/router/routes'
import { useSession } from '../../lib/session/SessionContext'
import { isAdmin, isCurator, seesDrafts } from '../../lib/session/roles'
import { LanguageSwitch } from './LanguageSwitch'
import { layoutMessages } from './messages'
import { UserBadge } from './UserBadge'

type NavKey =
  'catalogue' | 'review' | 'qualityRules' | 'blueprintImport' | 'notifications' | 'account'

interface NavItem {
  key: NavKey
  to: LinkableRoute
  /** Routes that belong to this section, for aria-current. */
  section: readonly RouteName[]
}

const NAV: readonly NavItem[] = [
  {
    key: 'catalogue',
    to: { name: 'catalogue' },
    section: ['catalogue', 'baustein', 'version', 'editor', 'diff'],
  },
  { key: 'review', to: { name: 'review' }, section: ['review'] },
  { key: 'qualityRules', to: { name: 'qualityRules' }, section: ['qualityRules'] },
  { key: 'blueprintImport', to: { name: 'blueprintImport' }, section: ['blueprintImport'] },
  { key: 'notifications', to: { name: 'notifications' }, section: ['notifications'] },
  { key: 'account', to: { name: 'account' }, section: ['account'] },
]

export function Header({ user }: { user: User | undefined }) {
  const t = useT(layoutMessages)
  const route = useRoute()
  const navigate = useNavigate()
  const { logout } = useSession()
  // IT providers see published versions only, so there is nothing for them to review.
  // The rule configuration is the curators' and admins' tool; others can still open it read-only.
  const items = NAV.filter((item) => {
    if (item.key === 'review') return user !== undefined && seesDrafts(user)
    if (item.key === 'qualityRules') return user !== undefined && (isCurator(user) || isAdmin(user))
    // Importing a bundle (federation) is for curators and admins only.
    if (item.key === 'blueprintImport') {
      return user !== undefined && (isCurator(user) || isAdmin(user))
    }
    return true
  })
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <div className="brand">
          <Link to={{ name: 'catalogue' }} className="brand-link" aria-label={t('homeLink')}>
            Bauplan
          </Link>
          <span className="brand-tagline">{t('productTagline')}</span>
        </div>
        <div className="header-tools">
          {user ? <UserBadge user={user} /> : null}
          <LanguageSwitch />
          {user ? (
            <button
              type="button"
              className="button-secondary logout-button"
              onClick={() => {
                void logout().then(() => navigate('/login'))
              }}
            >
              {t('logout')}
            </button>
          ) : null}
        </div>
      </div>
      {user ? (
        <nav className="main-nav" aria-label={t('mainNav')}>
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <Link
                  to={item.to}
                  aria-current={item.section.includes(route.name) ? 'page' : undefined}
                >
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
