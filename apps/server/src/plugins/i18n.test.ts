import { describe, expect, it } from 'vitest'
import { pickLocale } from './i18n'

describe('pickLocale', () => {
  it('speaks German without a preference', () => {
    expect(pickLocale(undefined)).toBe('de')
    expect(pickLocale('')).toBe('de')
    expect(pickLocale('fr-FR, it;q=0.8')).toBe('de')
  })

  it('speaks English when the client prefers it', () => {
    expect(pickLocale('en')).toBe('en')
    expect(pickLocale('en-GB,en;q=0.9,de;q=0.5')).toBe('en')
    expect(pickLocale('fr, en;q=0.7, de;q=0.6')).toBe('en')
  })

  it('follows the quality values, not only the order', () => {
    expect(pickLocale('en;q=0.3, de;q=0.9')).toBe('de')
    expect(pickLocale('de;q=0.2, en;q=0.8')).toBe('en')
    expect(pickLocale('en;q=0, de;q=0.1')).toBe('de')
  })

  it('keeps the earlier entry when qualities tie', () => {
    expect(pickLocale('en-US, de-DE')).toBe('en')
    expect(pickLocale('de-AT, en')).toBe('de')
  })

  it('lets ?lang= override the header, and ignores unknown values', () => {
    expect(pickLocale('en', 'de')).toBe('de')
    expect(pickLocale('de', 'en')).toBe('en')
    expect(pickLocale('en', 'fr')).toBe('en')
  })
})
