/**
 * The workbench: language, API, router and session around the shell. Tests pass their own API
 * (answering from canned reference data) and an in-memory history; the app uses the browser's.
 */
import { useState } from 'react'
import { ApiClient } from '../lib/api/apiClient'
import { ApiProvider } from '../lib/api/ApiContext'
import { BauplanApi } from '../lib/api/bauplanApi'
import { LocaleProvider, type Locale } from '../lib/i18n/i18n'
import type { AppHistory } from '../lib/router/history'
import { RouterProvider } from '../lib/router/Router'
import { SessionProvider } from '../lib/session/SessionContext'
import { RouteView } from './RouteView'
import '../styles/index.css'

export interface AppProps {
  api?: BauplanApi
  history?: AppHistory
  locale?: Locale
}

export function App({ api: given, history, locale }: AppProps) {
  const [api] = useState(() => given ?? new BauplanApi(new ApiClient()))
  return (
    <LocaleProvider initial={locale}>
      <ApiProvider api={api}>
        <RouterProvider history={history}>
          <SessionProvider>
            <RouteView />
          </SessionProvider>
        </RouterProvider>
      </ApiProvider>
    </LocaleProvider>
  )
}
