import { describe, expect, it } from 'vitest'
import { BAUSTEIN_JSON_MAX_BYTES, parseBausteinJson, utf8ByteLengthUpTo } from './parseBausteinJson'

function syntaxProblemOf(text: string) {
  const result = parseBausteinJson(text)
  if (result.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text)}`)
  expect(result.problems).toHaveLength(1)
  return result.problems[0]
}

describe('parseBausteinJson', () => {
  it('parses valid JSON into a value', () => {
    expect(parseBausteinJson('{ "name": "Identität prüfen", "freigabestatus": 3 }')).toEqual({
      ok: true,
      value: { name: 'Identität prüfen', freigabestatus: 3 },
    })
  })

  it('ignores a leading byte order mark', () => {
    expect(parseBausteinJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('reports line and column of a syntax error, computed from its position', () => {
    const text =
      '{\n  "name": "Identität prüfen",\n  "version": "1.0.0"\n  "bausteinart": "prozessbaustein"\n}'
    const problem = syntaxProblemOf(text)
    expect(problem).toMatchObject({ code: 'json.syntax', severity: 'error', line: 4, column: 3 })
    expect(problem?.message.de).toContain('Zeile 4, Spalte 3')
    expect(problem?.message.de).toContain('Komma')
    expect(problem?.message.en).toContain('line 4, column 3')
    expect(problem?.message.en).toContain('comma')
  })

  it('points at a trailing comma, the most common hand-editing slip', () => {
    const problem = syntaxProblemOf('{\r\n  "schlagwort": ["eID", "Gewerbe",]\r\n}')
    expect(problem).toMatchObject({ line: 2, column: 34 })
    expect(problem?.message.de).toContain('Überzähliges Komma')
    expect(problem?.message.en).toContain('Extra comma')
  })

  it('counts columns after a byte order mark as an editor shows them', () => {
    expect(syntaxProblemOf('\uFEFF{"a" 1}')).toMatchObject({ line: 1, column: 6 })
  })

  it('explains an unexpected end of the text', () => {
    const problem = syntaxProblemOf('{"name": "Identität prüfen",\n "version": ')
    expect(problem).toMatchObject({ line: 2, column: 13 })
    expect(problem?.message.de).toContain('endet zu früh')
  })

  it('explains empty input', () => {
    expect(syntaxProblemOf('  \n ')?.message.de).toContain('Die Datei ist leer')
  })

  it('refuses text over 1 MiB of UTF-8 without parsing it', () => {
    const padding = ' '.repeat(BAUSTEIN_JSON_MAX_BYTES - 8)
    expect(parseBausteinJson(`{"a":1}${padding}`.slice(0, BAUSTEIN_JSON_MAX_BYTES)).ok).toBe(true)
    const result = parseBausteinJson(`{"a":1}${padding}  `)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]?.code).toBe('json.tooLarge')
    expect(result.problems[0]?.message.de).toContain('1 MiB')
    expect(result.problems[0]?.message.en).toContain('1 MiB')
  })

  it('measures the limit in UTF-8 bytes, not in characters', () => {
    // "ü" takes two bytes: half a MiB of them plus the braces is over the limit.
    const umlauts = 'ü'.repeat(BAUSTEIN_JSON_MAX_BYTES / 2)
    const result = parseBausteinJson(`{"t":"${umlauts}"}`)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.code).toBe('json.tooLarge')
  })

  it('counts UTF-8 bytes like TextEncoder does', () => {
    for (const text of [
      '',
      'abc',
      'Identität prüfen',
      '§ 2 Abs. 2',
      '€',
      '😀 x',
      '\uD800 lone',
      'a\uDC00',
    ]) {
      expect(utf8ByteLengthUpTo(text, 1000)).toBe(new TextEncoder().encode(text).length)
    }
    expect(utf8ByteLengthUpTo('äöü'.repeat(100), 10)).toBe(10)
  })
})
