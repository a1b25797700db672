import { useEffect, useReducer, useState } from 'react'
import { ApiDraftDocument } from './apiDraftDocument'
import type { DraftApi } from './draftApi'
import type { DraftDocument } from './DraftDocument'

export type LoadState =
  { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown }

/**
 * The draft document for a page: the one handed in (a collaborative document, later) or one over
 * the API. Re-renders the page on every document change and loads it once.
 */
export function useDraftDocument(
  api: DraftApi,
  blockId: string,
  version: string,
  given?: DraftDocument
) {
  const [document] = useState<DraftDocument>(
    () => given ?? new ApiDraftDocument(api, blockId, version)
  )
  const [load, setLoad] = useState<LoadState>({ status: 'loading' })
  const [attempt, retry] = useReducer((n: number) => n + 1, 0)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
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
  return { document, load, retry }
}
