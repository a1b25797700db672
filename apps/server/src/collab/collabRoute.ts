/**
 * The collaboration URL. y-websocket connects to `${serverUrl}/${roomname}`; the web app passes
 * `serverUrl = ws(s)://<host>/api/collab` and `roomname = encodeURIComponent(blockId) + '/' +
 * version`, so the upgrade arrives at `/api/collab/<encoded block id>/<version>`.
 */
import type { VersionKey } from '@bauplan/catalogue'

export const COLLAB_PATH_PREFIX = '/api/collab/'

const VERSION_PATTERN = /^\d+\.\d+\.\d+$/

/** The draft version a collaboration URL names. */
export type CollabTarget = VersionKey

/** The draft an upgrade URL names, or undefined when the URL is not a collaboration URL. */
export function parseCollabUrl(url: string | undefined): CollabTarget | undefined {
  if (url === undefined || !url.startsWith(COLLAB_PATH_PREFIX)) return undefined
  const path = url.slice(COLLAB_PATH_PREFIX.length).split('?')[0] ?? ''
  const segments = path.split('/')
  if (segments.length !== 2) return undefined
  let blockId: string
  let version: string
  try {
    blockId = decodeURIComponent(segments[0] ?? '')
    version = decodeURIComponent(segments[1] ?? '')
  } catch {
    return undefined
  }
  // `@` separates block and version in the document name (`collabDocumentName`).
  if (
    blockId === '' ||
    blockId.includes('@') ||
    blockId.length > 500 ||
    !VERSION_PATTERN.test(version)
  )
    return undefined
  return { blockId, version }
}
