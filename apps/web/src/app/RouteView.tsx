/**
 * Chooses the page for the current route inside the layout, behind the login: without a session
 * every page except the login and 404 pages sends the user to the login, remembering where they
 * wanted to go.
 */
import { Suspense, useEffect } from 'react'
import { AccountPage } from '../features/account/AccountPage'
import { BausteinPage } from '../features/baustein/BausteinPage'
import { BlueprintImportPage } from '../features/blueprint-import/BlueprintImportPage'
import { CataloguePage } from '../features/catalogue/CataloguePage'
import { Layout } from '../features/layout/Layout'
import { LoginPage } from '../features/login/LoginPage'
import { NotificationsPage } from '../features/notifications/NotificationsPage'
import { QualityRulesPage } from '../features/quality-rules/QualityRulesPage'
import { ReviewPage } from '../features/review/ReviewPage'
import { useT } from '../lib/i18n/i18n'
import { PageHeading } from '../lib/page/PageHeading'
import { useLocation, useNavigate, useRoute } from '../lib/router/Router'
import { hrefFor, PUBLIC_ROUTES, type Route } from '../lib/router/routes'
import { useSession } from '../lib/session/SessionContext'
import { ErrorMessage } from '../lib/ui/ErrorMessage'
import { Loading } from '../lib/ui/Loading'
import { DiffRoute } from './DiffRoute'
import { EditorRoute } from './EditorRoute'
import { ErrorBoundary } from './ErrorBoundary'
import { appMessages } from './messages'
import { NotFoundPage } from './NotFoundPage'

export function RouteView() {
  const t = useT(appMessages)
  const { state, recheck } = useSession()
  const route = useRoute()
  const location = useLocation()
  const user = state.status === 'signedIn' ? state.user : undefined
  const here = `${location.pathname}${location.search}`

  if (state.status === 'checking') {
    return (
      <Layout user={undefined}>
        <Loading label={t('checkingSession')} />
      </Layout>
    )
  }
  if (state.status === 'unavailable') {
    return (
      <Layout user={undefined}>
        <PageHeading>{t('serverUnavailable')}</PageHeading>
        <ErrorMessage error={state.error} onRetry={recheck} />
      </Layout>
    )
  }
  if (!user && !PUBLIC_ROUTES.includes(route.name)) {
    return <Redirect to={hrefFor({ name: 'login', next: here === '/' ? undefined : here })} />
  }
  if (user && route.name === 'login') return <Redirect to={route.next ?? '/'} />
  return (
    <Layout user={user}>
      <ErrorBoundary key={location.pathname}>
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  )
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'login':
      return <LoginPage next={route.next} />
    case 'catalogue':
      return <CataloguePage />
    case 'baustein':
      return <BausteinPage id={route.id} />
    case 'version':
      return <BausteinPage id={route.id} version={route.version} />
    case 'editor':
      return <EditorRoute id={route.id} version={route.version} />
    case 'diff':
      return <DiffRoute id={route.id} from={route.from} to={route.to} />
    case 'review':
      return <ReviewPage />
    case 'notifications':
      return <NotificationsPage />
    case 'account':
      return <AccountPage />
    case 'qualityRules':
      return <QualityRulesPage />
    case 'blueprintImport':
      return <BlueprintImportPage />
    case 'notFound':
      return <NotFoundPage path={route.path} />
  }
}

/** Replaces the current entry, so "back" does not bounce between the page and the login. */
function Redirect({ to }: { to: string }) {
  const navigate = useNavigate()
  useEffect(() => {
    navigate(to, { replace: true })
  }, [navigate, to])
  return null
}
