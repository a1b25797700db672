/**
 * German / English. Each language is named in itself (with its `lang`), so a user who does not
 * read the current language still finds their own; the active one is marked with aria-pressed.
 */
import { LOCALES, useLocale, useT, type Locale } from '../../lib/i18n/i18n'
import { layoutMessages } from './messages'

const NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' }

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale()
  const t = useT(layoutMessages)
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={locale === code}
          onClick={() => setLocale(code)}
        >
          {NAMES[code]}
        </button>
      ))}
    </div>
  )
}
