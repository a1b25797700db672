import { describe, expect, it } from 'vitest'
import { formatIsoDuration } from './duration'

describe('formatIsoDuration', () => {
  it('says ISO 8601 durations in words, per language', () => {
    expect(formatIsoDuration('P4W', 'de')).toBe('4 Wochen')
    expect(formatIsoDuration('P1M2D', 'de')).toBe('1 Monat, 2 Tage')
    expect(formatIsoDuration('PT12H', 'en')).toBe('12 hours')
    expect(formatIsoDuration('P1Y', 'en')).toBe('1 year')
    expect(formatIsoDuration('P1000D', 'de')).toBe('1.000 Tage')
  })

  it('leaves anything else unchanged', () => {
    expect(formatIsoDuration('drei Tage', 'de')).toBe('drei Tage')
    expect(formatIsoDuration('P', 'de')).toBe('P')
    expect(formatIsoDuration('P1DT', 'de')).toBe('P1DT')
  })
})
