/**
 * Loading state for one request, without a data library. While a new request runs, the last data
 * stays visible (`data` plus `status: 'loading'`): a keyboard user ticking a facet keeps focus on
 * the checkbox instead of losing it to a spinner that replaces the list. Outdated answers are
 * dropped (and their requests aborted), so a slow old answer never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'

export type ResourceStatus = 'loading' | 'success' | 'error'

export interface Resource<T> {
  status: ResourceStatus
  /** The latest successful answer (also while reloading or after a failed reload). */
  data: T | undefined
  error: Error | undefined
  /** Loads again with the same inputs (after an action changed the data). */
  reload: () => void
}

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList
): Resource<T> {
  const [state, setState] = useState<Omit<Resource<T>, 'reload'>>({
    status: 'loading',
    data: undefined,
    error: undefined,
  })
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    const controller = new AbortController()
    setState((previous) => ({ ...previous, status: 'loading', error: undefined }))
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data, error: undefined })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        const failure = error instanceof Error ? error : new Error(String(error))
        setState((previous) => ({ status: 'error', data: previous.data, error: failure }))
      }
    )
    return () => controller.abort()
    // The caller's deps decide when to load again; `load` itself is read through a ref.
  }, [...deps, generation])

  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  return { ...state, reload }
}
