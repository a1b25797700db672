import type { PresenceUser } from '@bauplan/collab'
import { useEffect, useReducer, useState } from 'react'
import { ApiDraftDocument } from './apiDraftDocument'
import { CollabDraftDocument } from './collab/CollabDraftDocument'
import type { DraftApi } from './draftApi'
import type { DraftDocument } from './DraftDocument'

export type LoadState =
  { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown }

/** How the page edits a draft together (see CollabDraftDocument). */
export interface CollaborationSetup {
  /** Whether this user may write; readers see the shared draft read-only. */
  mayWrite?: () => Promise<boolean>
  /** The WebSocket class (tests hand in one bound to an in-page hub). */
  WebSocketImpl?: typeof WebSocket
  /** Default: `ws(s)://<page host>/api/collab`. */
  serverUrl?: string
  /** The signed-in user, shown first in the presence bar (the server stamps it for the others). */
  self?: PresenceUser
}

/**
 * The draft document for a page: the one handed in, the shared document (when `collaboration`
 * is given), or one over the API. Re-renders the page on every document change and loads it once.
 * `revision` counts the document's notifications (changes, derivations, acknowledgements).
 */
export function useDraftDocument(
  api: DraftApi,
  blockId: string,
  version: string,
  given?: DraftDocument,
  collaboration?: CollaborationSetup
) {
  const [document] = useState<DraftDocument>(
    () =>
      given ??
      (collaboration
        ? new CollabDraftDocument({
            api,
            blockId,
            version,
            ...(collaboration.mayWrite ? { mayWrite: collaboration.mayWrite } : {}),
            ...(collaboration.WebSocketImpl ? { WebSocketImpl: collaboration.WebSocketImpl } : {}),
            ...(collaboration.serverUrl ? { serverUrl: collaboration.serverUrl } : {}),
          })
        : new ApiDraftDocument(api, blockId, version))
  )
  const [load, setLoad] = useState<LoadState>({ status: 'loading' })
  const [attempt, retry] = useReducer((n: number) => n + 1, 0)
  const [revision, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => document.subscribe(rerender), [document])
  useEffect(() => {
    let cancelled = false
    setLoad({ status: 'loading' })
    document.load().then(
      () => !cancelled && setLoad({ status: 'ready' }),
      (error: unknown) => !cancelled && setLoad({ status: 'failed', error })
    )
    return () => {
      cancelled = true
    }
  }, [document, attempt])
  // A shared document made here is closed with the page (a handed-in one belongs to the caller).
  useEffect(
    () => () => {
      if (document !== given && document instanceof CollabDraftDocument) document.disconnect()
    },
    [document, given]
  )
  return { document, load, retry, revision }
}
