import type { IncomingMessage } from 'node:http'

/**
 * Cross-site WebSocket hijacking defence: browsers send the page's Origin with every WebSocket
 * upgrade and attach cookies regardless of it, so the server must check it. Allowed are the
 * configured origins, or — when none are configured — the server's own origin (same host as the
 * request). Requests without Origin come from programs, not browsers (a browser always sends it);
 * they still need a session or token.
 */
export function originAllowed(
  request: IncomingMessage,
  allowedOrigins: readonly string[]
): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  if (allowedOrigins.length > 0) return allowedOrigins.includes(origin)
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  return host !== '' && host === request.headers.host
}
