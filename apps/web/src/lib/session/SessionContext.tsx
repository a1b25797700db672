/**
 * Who is signed in. At start the app asks the server (`GET /api/session`); 401 means "not signed
 * in" and the login page appears. Any later 401 (session expired, revoked) ends the session here
 * too. Organisation names are loaded once, so the header can show them instead of ids.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { useApi } from '../api/ApiContext'
import { isApiProblem } from '../api/apiProblem'
import type { Organisation, User } from '../api/types'
import type { OrganisationLookup } from './roles'

export type SessionState =
  | { status: 'checking' }
  | { status: 'anonymous' }
  | { status: 'unavailable'; error: Error }
  | { status: 'signedIn'; user: User }

interface SessionValue {
  state: SessionState
  organisations: OrganisationLookup
  login: (username: string, password: string) => Promise<User>
  logout: () => Promise<void>
  /** Asks the server again (after "server unreachable"). */
  recheck: () => void
}

const SessionContext = createContext<SessionValue | undefined>(undefined)

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [state, setState] = useState<SessionState>({ status: 'checking' })
  const [organisations, setOrganisations] = useState<OrganisationLookup>(new Map())
  const [check, setCheck] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    api.getSession({ signal: controller.signal }).then(
      (session) => setState({ status: 'signedIn', user: session.user }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        if (isApiProblem(error) && error.status === 401) setState({ status: 'anonymous' })
        else setState({ status: 'unavailable', error: error as Error })
      }
    )
    return () => controller.abort()
  }, [api, check])

  useEffect(() => api.client.onUnauthorized(() => setState({ status: 'anonymous' })), [api])

  const userId = state.status === 'signedIn' ? state.user.id : undefined
  useEffect(() => {
    if (userId === undefined) return
    const controller = new AbortController()
    api.listOrganisations({ signal: controller.signal }).then(
      (page) => setOrganisations(new Map(page.items.map((o: Organisation) => [o.id, o]))),
      // Without names the header shows organisation ids; nothing else depends on them.
      () => undefined
    )
    return () => controller.abort()
  }, [api, userId])

  const login = useCallback(
    async (username: string, password: string) => {
      const session = await api.login(username, password)
      setState({ status: 'signedIn', user: session.user })
      return session.user
    },
    [api]
  )

  const logout = useCallback(async () => {
    try {
      await api.logout()
    } finally {
      setState({ status: 'anonymous' })
    }
  }, [api])

  const recheck = useCallback(() => {
    setState({ status: 'checking' })
    setCheck((n) => n + 1)
  }, [])

  const value = useMemo(
    () => ({ state, organisations, login, logout, recheck }),
    [state, organisations, login, logout, recheck]
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession needs a <SessionProvider> above it')
  return value
}

/** The signed-in user; only for pages behind the login (the shell guarantees one). */
export function useUser(): User {
  const { state } = useSession()
  if (state.status !== 'signedIn') throw new Error('useUser is only for signed-in pages')
  return state.user
}
