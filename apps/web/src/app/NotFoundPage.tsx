/** 404: the address matches no page; says so and offers the way back. */
import { useT } from '../lib/i18n/i18n'
import { PageHeading } from '../lib/page/PageHeading'
import { Link } from '../lib/router/Link'
import { appMessages } from './messages'

export function NotFoundPage({ path }: { path: string }) {
  const t = useT(appMessages)
  return (
    <section className="panel">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p>{t('notFoundText', { path })}</p>
      <p>
        <Link to={{ name: 'catalogue' }}>{t('notFoundBack')}</Link>
      </p>
    </section>
  )
}
