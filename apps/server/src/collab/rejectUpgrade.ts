/**
 * Answers a refused WebSocket upgrade with a plain HTTP response carrying the same RFC 9457
 * problem document as every other API error, then closes the socket. Nothing was upgraded, so
 * nothing is connected to a document and nothing is stored.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Locale } from '@bauplan/domain'
import { HttpProblem } from '../http/httpProblem'
import { PROBLEM_MEDIA_TYPE, problemDocument } from '../plugins/problems'
import { COLLAB_MESSAGES, type CollabMessageKey } from './collabMessages'

export function rejectUpgrade(
  request: IncomingMessage,
  socket: Duplex,
  status: number,
  key: CollabMessageKey
): void {
  const problem = new HttpProblem(status, `collab.${key}`, COLLAB_MESSAGES[key])
  const body = JSON.stringify(problemDocument(problem, localeOf(request), request.url ?? ''))
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    `Content-Type: ${PROBLEM_MEDIA_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    ...(status === 401 ? ['WWW-Authenticate: Bearer realm="bauplan"'] : []),
  ]
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`)
}

/** English when the client prefers it, German otherwise (the API's default language). */
function localeOf(request: IncomingMessage): Locale {
  const preferred = request.headers['accept-language']?.trim().toLowerCase() ?? ''
  return preferred.startsWith('en') ? 'en' : 'de'
}
