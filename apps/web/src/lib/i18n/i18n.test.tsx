import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import {
  defineMessages,
  formatDate,
  formatNumber,
  interpolate,
  LocaleProvider,
  useLocale,
  useT,
} from './i18n'

const messages = defineMessages({
  de: { greeting: 'Hallo {name}, {count} Bausteine' },
  en: { greeting: 'Hello {name}, {count} building blocks' },
})

function Greeting() {
  const t = useT(messages)
  const { setLocale } = useLocale()
  return (
    <div>
      <p>{t('greeting', { name: 'Ada', count: 1234 })}</p>
      <button onClick={() => setLocale('en')}>English</button>
    </div>
  )
}

describe('i18n', () => {
  it('speaks German by default and switches to English, formatting numbers per locale', async () => {
    localStorage.clear()
    const screen = await render(
      <LocaleProvider>
        <Greeting />
      </LocaleProvider>
    )
    await expect.element(screen.getByText('Hallo Ada, 1.234 Bausteine')).toBeVisible()
    await screen.getByRole('button', { name: 'English' }).click()
    await expect.element(screen.getByText('Hello Ada, 1,234 building blocks')).toBeVisible()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('bauplan.locale')).toBe('en')
  })

  it('leaves a missing parameter visible instead of hiding it', () => {
    expect(interpolate('Hallo {name}', {}, 'de')).toBe('Hallo {name}')
  })

  it('formats dates and numbers per locale', () => {
    expect(formatNumber(20.4, 'de', { style: 'currency', currency: 'EUR' })).toBe('20,40\u00a0€')
    expect(formatDate('2026-11-27T00:00:00Z', 'de')).toMatch(/27\.11\.2026/)
  })
})
