import { describe, expect, it } from 'vitest'
import { fieldLabel, formatValue, readablePath } from './fieldLabel'

describe('fieldLabel', () => {
  it('names a top-level field', () => {
    expect(fieldLabel('/version')).toEqual({ de: 'Feld „version“', en: 'Field "version"' })
  })

  it('names a nested field with its 1-based location', () => {
    expect(fieldLabel('/eingehendeDaten/0/felder/2/datentyp')).toEqual({
      de: 'Feld „datentyp“ (eingehendeDaten Nr. 1 › felder Nr. 3)',
      en: 'Field "datentyp" (eingehendeDaten no. 1 › felder no. 3)',
    })
  })

  it('names a list entry', () => {
    expect(fieldLabel('/ozg/lebenslagen/1')).toEqual({
      de: 'Eintrag Nr. 2 in „lebenslagen“ (ozg)',
      en: 'Entry no. 2 in "lebenslagen" (ozg)',
    })
  })

  it('names the document itself and unescapes pointer segments', () => {
    expect(fieldLabel('').de).toBe('Der Baustein')
    expect(fieldLabel('/a~1b').de).toBe('Feld „a/b“')
    expect(readablePath('/x~0y/0').de).toBe('x~y Nr. 1')
  })
})

describe('formatValue', () => {
  it('quotes text per language and shortens long text', () => {
    expect(formatValue('abc')).toEqual({ de: '„abc“', en: '"abc"' })
    expect(formatValue('x'.repeat(100)).de).toHaveLength(60)
    expect(formatValue(3).de).toBe('3')
    expect(formatValue([1]).de).toBe('eine Liste')
    expect(formatValue({}).en).toBe('an object')
  })
})
