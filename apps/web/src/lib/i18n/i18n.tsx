/**
 * Internationalisation: German by default, English on request. Every feature keeps its own message
 * catalogue (`messages.ts` next to it, `{ de: {...}, en: {...} }`), so features never edit a shared
 * file; TypeScript checks that both languages have the same keys.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'

export type Locale = 'de' | 'en'
export const LOCALES: readonly Locale[] = ['de', 'en']
const STORAGE_KEY = 'bauplan.locale'

/** A catalogue: German is the source; English must have exactly the same keys. */
export type Messages<K extends string> = { de: Record<K, string>; en: Record<K, string> }

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages
}

interface LocaleContextValue {
  locale: Locale
  setLocale: (locale: Locale) => void
}

const LocaleContext = createContext<LocaleContextValue | undefined>(undefined)

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? readStoredLocale())
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
    document.documentElement.lang = next
  }, [])
  // The page's language also for the initial (stored) choice: screen readers pick their voice
  // from it, and CSS hyphenation follows it.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext)
  if (!value) throw new Error('useLocale needs a <LocaleProvider> above it')
  return value
}

/**
 * Returns `t(key, params)` for a feature's catalogue. `{name}` placeholders are replaced by
 * `params.name`; a missing parameter stays visible as `{name}` so it is noticed, not hidden.
 */
export function useT<K extends string>(messages: Messages<K>) {
  const { locale } = useLocale()
  return useCallback(
    (key: K, params?: Record<string, string | number>) =>
      interpolate(messages[locale][key], params, locale),
    [messages, locale]
  )
}

export function interpolate(
  template: string,
  params: Record<string, string | number> | undefined,
  locale: Locale
): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value, locale) : value
  })
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', options).format(value)
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
  }).format(date)
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (stored === 'de' || stored === 'en') return stored
  } catch {
    // fall through to the default
  }
  return 'de'
}
