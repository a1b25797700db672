import { describe, expect, it } from 'vitest'
import { compileExpression } from '../compileExpression'
import { xsdRegExp, xsdReplacement } from './xsdRegex'

const feel = (text: string): unknown => compileExpression(text, []).evaluate({})

describe('XML Schema regular expressions', () => {
  it('removes whitespace outside classes with the x flag, also after a backslash', () => {
    expect(xsdRegExp('he ll o[ ]worl d', 'x')?.source).toBe('hello[ ]world')
    expect(xsdRegExp('hello\\ sworld', 'x')?.test('hello world')).toBe(true)
    expect(xsdRegExp('\\p{ I s B a s i c L a t i n }+', 'x')?.test('hello')).toBe(true)
  })

  it('translates Unicode blocks and class subtraction', () => {
    expect(xsdRegExp('^\\p{IsBasicLatin}+$', '')?.test('abc')).toBe(true)
    expect(xsdRegExp('^\\p{IsBasicLatin}+$', '')?.test('äbc')).toBe(false)
    const consonant = xsdRegExp('^[a-z-[aeiou]]$', '')
    expect(['b', 'a', 'x'].map((c) => consonant?.test(c))).toEqual([true, false, true])
    const caseless = xsdRegExp('[A-Z-[OI]]', 'i')
    expect(['x', 'X', 'O', 'i'].map((c) => caseless?.test(c))).toEqual([true, true, false, false])
  })

  it('rejects what XML Schema forbids: \\0, back-references in classes, unknown flags, (?', () => {
    expect(xsdRegExp('(asd)[asd\\0]', '')).toBeUndefined()
    expect(xsdRegExp('(asd)[\\1]', '')).toBeUndefined()
    expect(xsdRegExp('\\3', '')).toBeUndefined()
    expect(xsdRegExp('a', 'g')).toBeUndefined()
    expect(xsdRegExp('(?=a)', '')).toBeUndefined()
  })

  it('quotes the pattern with the q flag', () => {
    expect(xsdRegExp('a.b', 'q')?.test('axb')).toBe(false)
    expect(xsdRegExp('a.b', 'q')?.test('a.b')).toBe(true)
  })

  it('translates XPath replacement strings', () => {
    expect(xsdReplacement('[$1]')).toBe('[$1]')
    expect(xsdReplacement('[$0]')).toBe('[$&]')
    expect(xsdReplacement('\\$\\\\')).toBe('$$\\')
    expect(xsdReplacement('$')).toBeUndefined()
    expect(xsdReplacement('\\n')).toBeUndefined()
  })

  it('drives matches() and replace()', () => {
    expect(feel('matches("hello world", "he ll o[ ]worl d", "x")')).toBe(true)
    expect(feel('matches("abcd", "(asd)[asd\\\\0]")')).toBeNull()
    expect(feel('replace("facetiously", "[iouy]", "[$0]")')).toBe('facet[i][o][u]sl[y]')
    expect(feel('replace("a b c d ", "[a-z]", "#", "x")')).toBe('# # # # ')
    expect(feel('replace("abc", "b*", "x")')).toBeNull()
  })
})
