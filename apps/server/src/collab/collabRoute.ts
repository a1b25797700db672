/**
 * The collaboration URL. y-websocket connects to `${serverUrl}/${roomname}`; the web app passes
 * `serverUrl = ws(s)://<host>/api/collab` and `roomname = encodeURIComponent(blockId) + '/' +
 * version`, so the upgrade arrives at `/api/collab/<encoded block id>/<version>`.
 */
export const COLLAB_PATH_PREFIX = '/api/collab/'

const VERSION_PATTERN = /^\d+\.\d+\.\d+$/

export interface CollabTarget {
  blockId: string
  version: string
}

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
  if (blockId === '' || blockId.length > 500 || !VERSION_PATTERN.test(version)) return undefined
  return { blockId, version }
}

/** The hub's name for a draft's document (also the key under which its updates are stored). */
export function collabDocName(target: CollabTarget): string {
  return `${target.blockId}@${target.version}`
}

/** The inverse of `collabDocName` (the block id is a URN and contains no `@`). */
export function collabTargetOf(docName: string): CollabTarget {
  const at = docName.lastIndexOf('@')
  return { blockId: docName.slice(0, at), version: docName.slice(at + 1) }
}
