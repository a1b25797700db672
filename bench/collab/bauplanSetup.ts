// Prepares a running Bauplan server (demo mode) for the collaboration benchmarks through its REST
// API, the way people would: the demo analyst creates the drafts; the demo admin creates benchmark
// users with the analyst role (Modellierer) in the analyst's organisation, each of whom signs in.
// The server's protective limits stay as they are: a user may hold 20 collaboration connections,
// an address 100 and open 300 per minute, so the benchmark spreads its clients over enough users
// (and, in relayClients.ts, over several loopback addresses).
import { benchDraftFiles, DEMO_ANALYST, DEMO_PASSWORD } from '../shared/benchDraft'

const DEMO_ADMIN = 'admin@demo.example'
const BENCH_PASSWORD = 'bench-zusammenarbeit-2026'
export const BPMN_FILE = 'prozess.bpmn'

export interface Session {
  cookie: string
  csrfToken: string
  memberships: { organisationId: string; role: string }[]
}

export interface DraftKey {
  blockId: string
  version: string
}

export async function signIn(baseUrl: string, username: string, password: string) {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (!response.ok) {
    throw new Error(`Sign-in of ${username} failed: ${response.status} ${await response.text()}`)
  }
  // Only the cookie's name=value part goes back to the server.
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ')
  const body = (await response.json()) as {
    csrfToken: string
    user: { memberships: { organisationId: string; role: string }[] }
  }
  return { cookie, csrfToken: body.csrfToken, memberships: body.user.memberships } as Session
}

async function post(baseUrl: string, session: Session, path: string, data: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body: JSON.stringify(data),
  })
  if (!response.ok) {
    throw new Error(`POST ${path} failed: ${response.status} ${await response.text()}`)
  }
  return (await response.json()) as unknown
}

/** The folder of one benchmark draft: metadata and the given BPMN. */
export function draftFiles(blockId: string, name: string, bpmnXml: string): Record<string, string> {
  return benchDraftFiles({ blockId, name, bpmnFile: BPMN_FILE, bpmnXml })
}

/** Creates `count` drafts (as the demo analyst), a few at a time. */
export async function createDrafts(
  baseUrl: string,
  count: number,
  bpmnXml: string,
  prefix: string
): Promise<DraftKey[]> {
  const analyst = await signIn(baseUrl, DEMO_ANALYST, DEMO_PASSWORD)
  const keys: DraftKey[] = []
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, i) => start + i)
    const created = await Promise.all(
      batch.map(async (index) => {
        const blockId = `urn:bauplan:baustein:bench:${prefix}-${index}`
        const files = draftFiles(blockId, `Zusammenarbeit ${index + 1}`, bpmnXml)
        const body = (await post(baseUrl, analyst, '/api/bausteine', { files })) as {
          version: DraftKey
        }
        return { blockId: body.version.blockId, version: body.version.version }
      })
    )
    keys.push(...created)
  }
  return keys
}

/**
 * `count` users who may edit the analyst's drafts, each signed in (the session cookie opens the
 * collaboration connection like the browser's does). `prefix` keeps the names of several runs
 * against one shared database apart.
 */
export async function createEditors(
  baseUrl: string,
  count: number,
  prefix: string
): Promise<Session[]> {
  const analyst = await signIn(baseUrl, DEMO_ANALYST, DEMO_PASSWORD)
  const organisationId = analyst.memberships.find((m) => m.role === 'modellierer')?.organisationId
  if (!organisationId) throw new Error(`${DEMO_ANALYST} is no Modellierer of any organisation`)
  const admin = await signIn(baseUrl, DEMO_ADMIN, DEMO_PASSWORD)
  const sessions: Session[] = []
  for (let index = 0; index < count; index++) {
    const username = `${prefix}-${index}@bench.example`
    await post(baseUrl, admin, '/api/users', {
      username,
      displayName: `Bench ${index + 1}`,
      password: BENCH_PASSWORD,
      roles: [{ organisationId, role: 'modellierer' }],
    })
    sessions.push(await signIn(baseUrl, username, BENCH_PASSWORD))
  }
  return sessions
}
