import { describe, expect, it } from 'vitest'
import { locateJsonSyntaxError } from './locateJsonSyntaxError'
import { jsonSyntaxMessage } from './jsonSyntaxMessages'

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{}'],
    ['[]'],
    [' {"a": [1, -2.5e3, 0, true, false, null, "x\\n\\u00e4\\"", {}, []]} '],
    ['"just text"'],
    ['0'],
  ])('accepts valid JSON %s, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow()
    expect(locateJsonSyntaxError(text)).toBeUndefined()
  })

  it.each([
    ['', 0, 'empty'],
    ['{"a": 1', 7, 'unexpectedEnd'],
    ['{"a": 1 "b": 2}', 8, 'unexpectedToken'],
    ['{"a": 1,}', 7, 'trailingComma'],
    ['[1, 2, ]', 5, 'trailingComma'],
    ['{"a": 1} // note', 9, 'comment'],
    ["{'a': 1}", 1, 'singleQuotes'],
    ['{a: 1}', 1, 'unquotedPropertyName'],
    ['{"a": "text\nmore"}', 11, 'unterminatedString'],
    ['{"a": "text', 11, 'unterminatedString'],
    ['{"a": "tab\there"}', 10, 'controlCharacterInString'],
    ['{"a": "C:\\dir"}', 9, 'invalidEscape'],
    ['{"a": "\\u12"}', 7, 'invalidEscape'],
    ['{"a": 01}', 6, 'invalidNumber'],
    ['{"a": 1.}', 6, 'invalidNumber'],
    ['{"a": -}', 6, 'invalidNumber'],
    ['{"a": .5}', 6, 'unexpectedToken'],
    ['{"a": True}', 6, 'unexpectedToken'],
    ['{"a" 1}', 5, 'unexpectedToken'],
    ['{"a": 1}}', 8, 'unexpectedToken'],
    ['[1 2]', 3, 'unexpectedToken'],
  ])(
    'locates the error in %j at offset %i (%s), where JSON.parse also fails',
    (text, offset, kind) => {
      expect(() => JSON.parse(text)).toThrow()
      const located = locateJsonSyntaxError(text)
      expect(located?.offset).toBe(offset)
      expect(located?.reason.kind).toBe(kind)
      if (located) {
        const message = jsonSyntaxMessage(located.reason)
        expect(message.de.length).toBeGreaterThan(20)
        expect(message.en.length).toBeGreaterThan(20)
      }
    }
  )

  it('quotes the offending word and says what was expected', () => {
    const located = locateJsonSyntaxError('{"freigabestatus": drei}')
    expect(located?.reason).toEqual({ kind: 'unexpectedToken', token: 'drei', expected: 'value' })
    const message = located && jsonSyntaxMessage(located.reason)
    expect(message?.de).toContain('Unerwartet: „drei“; erwartet wurde ein Wert')
    expect(message?.en).toContain('Unexpected "drei"; expected was a value')
  })

  it('handles very deep nesting without overflowing the stack', () => {
    const text = `${'['.repeat(200000)}${']'.repeat(199999)}`
    expect(locateJsonSyntaxError(text)).toEqual({
      offset: text.length,
      reason: { kind: 'unexpectedEnd', expected: 'commaOrArrayEnd' },
    })
  })
})
