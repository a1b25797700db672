/**
 * The page frame: skip link, header, the one <main> landmark and a footer. The skip link moves
 * focus into <main> itself (not only the scroll position), so the next Tab continues there.
 */
import type { ReactNode } from 'react'
import type { User } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Header } from './Header'
import { layoutMessages } from './messages'
import './layout.css'

export const MAIN_ID = 'inhalt'

export function Layout({ user, children }: { user: User | undefined; children: ReactNode }) {
  const t = useT(layoutMessages)
  return (
    <div className="app-frame">
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault()
          document.getElementById(MAIN_ID)?.focus()
        }}
      >
        {t('skipLink')}
      </a>
      <Header user={user} />
      <main id={MAIN_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <a href="/api/docs">{t('footerApi')}</a>
        <span>{t('footerLicence')}</span>
      </footer>
    </div>
  )
}
