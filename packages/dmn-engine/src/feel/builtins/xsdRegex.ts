/**
 * FEEL's `matches`, `replace` and `split` use XML Schema / XPath regular expressions (DMN 1.3,
 * 10.3.4.3, referring to XQuery 1.0 and XPath 2.0 Functions and Operators, 7.6). Translated to a
 * JavaScript RegExp here: the `x` flag (whitespace removed outside character classes), `q`
 * (literal pattern), `\p{Is…}` Unicode blocks, character class subtraction `[a-z-[aeiou]]`, and the
 * constructs XML Schema forbids (`\0`, back-references inside a class) are errors, i.e. null.
 */
export function xsdRegExp(pattern: string, flags: string, extraFlags = ''): RegExp | undefined {
  if (!/^[smixq]*$/.test(flags)) return undefined
  let source = flags.includes('q') ? pattern.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&') : pattern
  if (flags.includes('x') && !flags.includes('q')) source = withoutWhitespace(source)
  const translated = translate(source)
  if (translated === undefined) return undefined
  const jsFlags =
    (translated.subtraction ? 'v' : 'u') +
    (flags.includes('s') ? 's' : '') +
    (flags.includes('m') ? 'm' : '') +
    (flags.includes('i') ? 'i' : '') +
    extraFlags
  try {
    return new RegExp(translated.source, jsFlags)
  } catch {
    return undefined
  }
}

/** `x` flag: whitespace is removed, except inside character class expressions. */
function withoutWhitespace(pattern: string): string {
  let result = ''
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '\\') {
      // The escaped character is the next one after removed whitespace: `\ s` is `\s`.
      let next = i + 1
      while (depth === 0 && /[\t\n\r ]/.test(pattern[next] ?? '')) next++
      result += char + (pattern[next] ?? '')
      i = next
      continue
    }
    if (char === '[') depth++
    else if (char === ']' && depth > 0) depth--
    if (depth === 0 && /[\t\n\r ]/.test(char)) continue
    result += char
  }
  return result
}

/** Unicode blocks XML Schema names with `\p{IsName}`, the ones models use. */
const BLOCKS: Record<string, string> = {
  BasicLatin: '\\u0000-\\u007F',
  'Latin-1Supplement': '\\u0080-\\u00FF',
  LatinExtended_A: '\\u0100-\\u017F',
  'LatinExtended-A': '\\u0100-\\u017F',
  'LatinExtended-B': '\\u0180-\\u024F',
  GreekandCoptic: '\\u0370-\\u03FF',
  Greek: '\\u0370-\\u03FF',
  Cyrillic: '\\u0400-\\u04FF',
  GeneralPunctuation: '\\u2000-\\u206F',
  CurrencySymbols: '\\u20A0-\\u20CF',
}

/** XML name characters: `\i` initial, `\c` any (a close approximation of XML 1.0 NameChar). */
const NAME_START =
  'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF'
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F`

function translate(pattern: string): { source: string; subtraction: boolean } | undefined {
  let source = ''
  let depth = 0
  let subtraction = false
  let groups = 0
  let classStart = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '\\') {
      const next = pattern[i + 1]
      if (next === undefined) return undefined
      if (next === 'p' || next === 'P') {
        const end = pattern.indexOf('}', i)
        if (pattern[i + 2] !== '{' || end === -1) return undefined
        const name = pattern.slice(i + 3, end)
        if (name.startsWith('Is')) {
          const block = BLOCKS[name.slice(2)]
          if (block === undefined) return undefined
          const negated = next === 'P'
          source += depth > 0 ? block : `[${negated ? '^' : ''}${block}]`
          if (depth > 0 && negated) return undefined
        } else source += `\\${next}{${name}}`
        i = end
        continue
      }
      if (/[0-9]/.test(next)) {
        // \0 does not exist; a back-reference is not allowed in a class and must follow its group.
        if (next === '0' || depth > 0 || Number(next) > groups) return undefined
      }
      if (next === 'i' || next === 'I')
        source += depth > 0 ? NAME_START : `[${next === 'I' ? '^' : ''}${NAME_START}]`
      else if (next === 'c' || next === 'C')
        source += depth > 0 ? NAME_CHAR : `[${next === 'C' ? '^' : ''}${NAME_CHAR}]`
      else source += char + next
      i++
      continue
    }
    if (char === '(' && depth === 0) {
      if (pattern[i + 1] === '?') return undefined
      groups++
    }
    if (char === '[') {
      if (depth === 1 && pattern[i - 1] === '-') {
        // [a-z-[aeiou]]: XML Schema subtraction; JavaScript's `v` mode writes [[a-z]--[aeiou]]
        const negated = source[classStart + 1] === '^'
        const contentStart = classStart + (negated ? 2 : 1)
        const content = source.slice(contentStart, -1)
        source = `${source.slice(0, contentStart)}[${content}]--`
        subtraction = true
      }
      if (depth === 0) classStart = source.length
      depth++
    } else if (char === ']' && depth > 0) depth--
    source += char
  }
  return depth === 0 ? { source, subtraction } : undefined
}

/**
 * An XPath replacement string as JavaScript's: `$n` stays, `\$` and `\\` are the literal
 * characters; a lone `$` or `\` is an error.
 */
export function xsdReplacement(replacement: string): string | undefined {
  let result = ''
  for (let i = 0; i < replacement.length; i++) {
    const char = replacement[i]!
    if (char === '\\') {
      const next = replacement[i + 1]
      if (next === '$') result += '$$'
      else if (next === '\\') result += '\\'
      else return undefined
      i++
    } else if (char === '$') {
      if (!/[0-9]/.test(replacement[i + 1] ?? '')) return undefined
      // $0 is the whole match, which JavaScript writes $&
      if (replacement[i + 1] === '0') {
        result += '$&'
        i++
      } else result += '$'
    } else result += char
  }
  return result
}
