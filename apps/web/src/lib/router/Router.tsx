/**
 * A small router on the history API: the current location and its typed route, `navigate`, links
 * that are real `<a href>` (open in a new tab, copy, middle-click all work), and guards for unsaved
 * changes. Each navigation carries a number, so the page heading can take focus after it (screen
 * reader users then hear where they are) — except when a page only updates its own query.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { createBrowserHistory, type AppHistory, type AppLocation } from './history'
import { matchRoute, type Route } from './routes'

export interface NavigateOptions {
  replace?: boolean
  /** Leave focus where it is (filters and sorting on the same page). */
  keepFocus?: boolean
}

/** Returns a question to ask before leaving, or undefined when leaving is fine. */
export type NavigationBlocker = () => string | undefined

interface RouterValue {
  location: AppLocation
  route: Route
  /** Counts navigations; 0 on the first page load. */
  navigationId: number
  /** Whether the last navigation asked to move focus to the new page's heading. */
  focusOnNavigation: boolean
  navigate: (href: string, options?: NavigateOptions) => boolean
  back: () => void
  addBlocker: (blocker: NavigationBlocker) => () => void
}

const RouterContext = createContext<RouterValue | undefined>(undefined)

export function RouterProvider({
  history: given,
  children,
}: {
  history?: AppHistory
  children: ReactNode
}) {
  const [history] = useState(() => given ?? createBrowserHistory())
  const [location, setLocation] = useState(() => history.location())
  const [navigation, setNavigation] = useState({ id: 0, focus: true })
  const blockers = useRef(new Set<NavigationBlocker>())
  const current = useRef(location)
  current.current = location

  const mayLeave = useCallback(() => {
    for (const blocker of blockers.current) {
      const question = blocker()
      if (question !== undefined && !window.confirm(question)) return false
    }
    return true
  }, [])

  const navigate = useCallback(
    (href: string, options: NavigateOptions = {}) => {
      const target = new URL(href, window.location.origin)
      const here = current.current
      const samePage = target.pathname === here.pathname
      if (!samePage && !mayLeave()) return false
      const relative = `${target.pathname}${target.search}${target.hash}`
      if (options.replace) history.replace(relative)
      else history.push(relative)
      setLocation(history.location())
      setNavigation((n) => ({ id: n.id + 1, focus: !options.keepFocus }))
      return true
    },
    [history, mayLeave]
  )

  useEffect(
    () =>
      history.listen(() => {
        const previous = current.current
        const next = history.location()
        if (next.pathname !== previous.pathname && !mayLeave()) {
          // Back/forward cannot be cancelled; restore the page the user chose to stay on.
          history.push(`${previous.pathname}${previous.search}${previous.hash}`)
          return
        }
        setLocation(next)
        // A jump to an anchor on the same page (#abschnitt-…) is not a new page: focus stays.
        const samePage = next.pathname === previous.pathname && next.search === previous.search
        if (!samePage) setNavigation((n) => ({ id: n.id + 1, focus: true }))
      }),
    [history, mayLeave]
  )

  const addBlocker = useCallback((blocker: NavigationBlocker) => {
    blockers.current.add(blocker)
    return () => {
      blockers.current.delete(blocker)
    }
  }, [])

  const value = useMemo<RouterValue>(
    () => ({
      location,
      route: matchRoute(location.pathname, location.search),
      navigationId: navigation.id,
      focusOnNavigation: navigation.focus,
      navigate,
      back: () => history.back(),
      addBlocker,
    }),
    [location, navigation, navigate, history, addBlocker]
  )
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>
}

function useRouter(): RouterValue {
  const value = useContext(RouterContext)
  if (!value) throw new Error('Router hooks need a <RouterProvider> above them')
  return value
}

export function useRoute(): Route {
  return useRouter().route
}

export function useLocation(): AppLocation {
  return useRouter().location
}

export function useNavigate(): RouterValue['navigate'] {
  return useRouter().navigate
}

export function useNavigation(): Pick<RouterValue, 'navigationId' | 'focusOnNavigation' | 'back'> {
  const { navigationId, focusOnNavigation, back } = useRouter()
  return { navigationId, focusOnNavigation, back }
}

/**
 * Asks before an in-app navigation leaves the page while `question()` returns text (e.g. unsaved
 * changes in the editor). Closing the tab is the page's own `beforeunload` business.
 */
export function useNavigationBlocker(question: NavigationBlocker): void {
  const { addBlocker } = useRouter()
  const latest = useRef(question)
  latest.current = question
  useEffect(() => addBlocker(() => latest.current()), [addBlocker])
}
