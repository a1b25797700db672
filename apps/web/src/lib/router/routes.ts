/**
 * The route table: every page of the workbench as a typed value, parsed from and turned back into
 * a URL. Paths are German like the API's; block ids are URNs and travel URL-encoded in one segment.
 */
export type Route =
  | { name: 'catalogue' }
  | { name: 'login'; next?: string }
  | { name: 'baustein'; id: string }
  | { name: 'version'; id: string; version: string }
  | { name: 'editor'; id: string; version: string }
  | { name: 'diff'; id: string; from?: string; to?: string }
  | { name: 'review' }
  | { name: 'notifications' }
  | { name: 'account' }
  | { name: 'qualityRules' }
  | { name: 'blueprintImport' }
  | { name: 'notFound'; path: string }

export type RouteName = Route['name']
export type LinkableRoute = Exclude<Route, { name: 'notFound' }>

/** Routes anyone may open without a session. */
export const PUBLIC_ROUTES: readonly RouteName[] = ['login', 'notFound']

const STATIC_PATHS = {
  '/': 'catalogue',
  '/login': 'login',
  '/pruefung': 'review',
  '/benachrichtigungen': 'notifications',
  '/konto': 'account',
  '/pruefregeln': 'qualityRules',
  '/blaupausen/import': 'blueprintImport',
} as const satisfies Record<string, RouteName>

export function matchRoute(pathname: string, search = ''): Route {
  const params = new URLSearchParams(search)
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  const fixed = STATIC_PATHS[path as keyof typeof STATIC_PATHS]
  if (fixed === 'login')
    return withOptional({ name: 'login' }, 'next', safeNext(params.get('next')))
  if (fixed) return { name: fixed }
  const segments = splitSegments(path)
  if (segments === undefined || segments[0] !== 'bausteine' || !segments[1]) {
    return { name: 'notFound', path: pathname }
  }
  const id = segments[1]
  const rest = segments.slice(2)
  if (rest.length === 0) return { name: 'baustein', id }
  if (rest.length === 1 && rest[0] === 'diff') {
    return withOptional(
      withOptional({ name: 'diff', id }, 'from', params.get('von') ?? undefined),
      'to',
      params.get('bis') ?? undefined
    )
  }
  if (rest[0] === 'versionen' && rest[1]) {
    if (rest.length === 2) return { name: 'version', id, version: rest[1] }
    if (rest.length === 3 && rest[2] === 'bearbeiten') {
      return { name: 'editor', id, version: rest[1] }
    }
  }
  return { name: 'notFound', path: pathname }
}

export function hrefFor(route: LinkableRoute): string {
  switch (route.name) {
    case 'catalogue':
      return '/'
    case 'login':
      return route.next ? `/login?${new URLSearchParams({ next: route.next })}` : '/login'
    case 'baustein':
      return blockPath(route.id)
    case 'version':
      return versionPath(route.id, route.version)
    case 'editor':
      return `${versionPath(route.id, route.version)}/bearbeiten`
    case 'diff': {
      const query = new URLSearchParams()
      if (route.from) query.set('von', route.from)
      if (route.to) query.set('bis', route.to)
      const text = query.toString()
      return `${blockPath(route.id)}/diff${text ? `?${text}` : ''}`
    }
    case 'review':
      return '/pruefung'
    case 'notifications':
      return '/benachrichtigungen'
    case 'account':
      return '/konto'
    case 'qualityRules':
      return '/pruefregeln'
    case 'blueprintImport':
      return '/blaupausen/import'
  }
}

function blockPath(id: string): string {
  return `/bausteine/${encodeURIComponent(id)}`
}

function versionPath(id: string, version: string): string {
  return `${blockPath(id)}/versionen/${encodeURIComponent(version)}`
}

/** Decoded path segments, or undefined when one is not valid percent-encoding. */
function splitSegments(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return undefined
  }
}

/** Only same-site paths, so `?next=` cannot send a user to another site after logging in. */
function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return undefined
  }
  return next
}

function withOptional<T extends object, K extends string>(
  route: T,
  key: K,
  value: string | undefined
): T & Partial<Record<K, string>> {
  return value === undefined ? route : { ...route, [key]: value }
}
