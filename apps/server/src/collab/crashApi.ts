/**
 * The REST calls the crash test needs, made over real HTTP against the child-process server: sign
 * in once to create a personal API token (the way a script gets one), then work with the token.
 */

/** Signs in with a password and returns a fresh API token's secret (`bpl_…`). */
export async function createApiToken(
  baseUrl: string,
  username: string,
  password: string
): Promise<string> {
  const session = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  const signedIn = await answerOf<{ csrfToken: string }>(session, 'POST /api/session', 200)
  const cookie = session.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
  const token = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      'x-csrf-token': signedIn.csrfToken,
    },
    body: JSON.stringify({ name: 'Absturztest', expiresInDays: 1 }),
  })
  return (await answerOf<{ secret: string }>(token, 'POST /api/tokens', 201)).secret
}

/** Opens a new draft of a published block and returns its version. */
export async function openDraft(baseUrl: string, token: string, blockId: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/bausteine/${encodeURIComponent(blockId)}/entwuerfe`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  })
  const created = await answerOf<{ version: { version: string } }>(answer, 'POST …/entwuerfe', 201)
  return created.version.version
}

async function answerOf<T>(response: Response, what: string, expected: number): Promise<T> {
  const text = await response.text()
  if (response.status !== expected) {
    throw new Error(`${what} answered ${response.status} instead of ${expected}: ${text}`)
  }
  return JSON.parse(text) as T
}
