/**
 * The Bauplan API called from inside a signed-in page, with that page's session cookie and CSRF
 * token: for checking what the server stored (observable state, not the UI's word for it) and
 * for showing that the server refuses a write the UI does not offer.
 */
import type { Page } from 'playwright-core'

export interface PageApiAnswer {
  status: number
  text: string
}

export async function callApi(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown
): Promise<PageApiAnswer> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = /(?:^|; )bauplan_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? ''
      const response = await fetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'X-CSRF-Token': decodeURIComponent(csrf) }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, text: await response.text() }
    },
    { method, url, body }
  )
}

export function draftsApiPath(id: string): string {
  return `/api/bausteine/${encodeURIComponent(id)}/entwuerfe`
}

export function versionApiPath(id: string, version: string): string {
  return `/api/bausteine/${encodeURIComponent(id)}/versionen/${encodeURIComponent(version)}`
}

/** The stored BPMN of a version, as the server has it now. */
export async function storedBpmn(page: Page, id: string, version: string): Promise<string> {
  const detail = await callApi(page, 'GET', versionApiPath(id, version))
  if (detail.status !== 200) {
    throw new Error(`GET ${versionApiPath(id, version)} answered ${detail.status}: ${detail.text}`)
  }
  const metadata = (JSON.parse(detail.text) as { version: { metadata: BpmnReference } }).version
    .metadata
  const file = metadata.artefakte?.bpmn?.datei
  if (!file) throw new Error(`Version ${version} of ${id} names no BPMN file`)
  const answer = await callApi(
    page,
    'GET',
    `${versionApiPath(id, version)}/dateien/${encodeURIComponent(file)}`
  )
  if (answer.status !== 200) throw new Error(`The BPMN file ${file} answered ${answer.status}`)
  return answer.text
}

interface BpmnReference {
  artefakte?: { bpmn?: { datei?: string } }
}
