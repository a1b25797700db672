/** Renders the whole workbench against a fake server, at a path, in a language. */
import { render } from 'vitest-browser-react'
import { App } from '../../app/App'
import type { User } from '../api/types'
import type { Locale } from '../i18n/i18n'
import { createMemoryHistory, type AppHistory } from '../router/history'
import type { FakeServer } from './fakeServer'
import { ORGANISATIONS } from './referenceData'

export async function renderApp(
  server: FakeServer,
  { path = '/', locale = 'de' }: { path?: string; locale?: Locale } = {}
): Promise<{ screen: Awaited<ReturnType<typeof render>>; history: AppHistory }> {
  const history = createMemoryHistory(path)
  const screen = await render(<App api={server.api()} history={history} locale={locale} />)
  return { screen, history }
}

/** Answers the session check with this user and lists the demo organisations. */
export function signedInAs(server: FakeServer, user: User): FakeServer {
  return server
    .on('GET', '/api/session', { json: { user, via: 'session' } })
    .on('GET', '/api/organisations', {
      json: { items: ORGANISATIONS, total: ORGANISATIONS.length, limit: 100, offset: 0 },
    })
}
