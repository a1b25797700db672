/**
 * Where the current URL lives: the browser's history API in the app, an in-memory list in tests
 * (the test runner's own page must keep its URL).
 */
export interface AppLocation {
  pathname: string
  search: string
  hash: string
}

export interface AppHistory {
  location(): AppLocation
  push(href: string): void
  replace(href: string): void
  back(): void
  /** Called on back/forward; returns the unsubscribe function. */
  listen(listener: () => void): () => void
}

export function createBrowserHistory(): AppHistory {
  return {
    location: () => ({
      pathname: window.location.pathname,
      search: window.location.search,
      hash: window.location.hash,
    }),
    push: (href) => window.history.pushState(null, '', href),
    replace: (href) => window.history.replaceState(null, '', href),
    back: () => window.history.back(),
    listen: (listener) => {
      window.addEventListener('popstate', listener)
      return () => window.removeEventListener('popstate', listener)
    },
  }
}

export function createMemoryHistory(initial = '/'): AppHistory {
  const entries = [parse(initial)]
  let index = 0
  const listeners = new Set<() => void>()
  return {
    location: () => entries[index] ?? parse('/'),
    push: (href) => {
      entries.splice(index + 1, entries.length, parse(href))
      index = entries.length - 1
    },
    replace: (href) => {
      entries[index] = parse(href)
    },
    back: () => {
      if (index === 0) return
      index -= 1
      for (const listener of listeners) listener()
    },
    listen: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

function parse(href: string): AppLocation {
  const url = new URL(href, 'http://bauplan.invalid')
  return { pathname: url.pathname, search: url.search, hash: url.hash }
}
