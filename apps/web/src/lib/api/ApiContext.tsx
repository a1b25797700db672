/**
 * Hands the one BauplanApi to every component. The app creates it with the browser's fetch;
 * component tests create it with a fetch that answers from canned reference data.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { useLocale } from '../i18n/i18n'
import type { BauplanApi } from './bauplanApi'

const ApiContext = createContext<BauplanApi | undefined>(undefined)

export function ApiProvider({ api, children }: { api: BauplanApi; children: ReactNode }) {
  const { locale } = useLocale()
  // Set during render, not in an effect: children's effects run before their parent's, and their
  // first requests must already ask for error messages in the current language. Idempotent.
  api.client.locale = locale
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): BauplanApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi needs an <ApiProvider> above it')
  return api
}
