import { useEffect } from 'react'
import { useNavigationBlocker } from '../../lib/router/Router'

/**
 * Warns before unsaved changes are lost: the browser's own dialog when the tab closes or reloads
 * (beforeunload), and the router's confirmation for in-app navigation.
 */
export function useUnsavedChangesGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = question
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty, question])
  useNavigationBlocker(() => (dirty ? question : undefined))
}
