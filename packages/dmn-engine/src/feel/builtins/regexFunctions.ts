import { FeelFunction } from 'feelin'
import { xsdRegExp, xsdReplacement } from './xsdRegex'

/**
 * `matches` and `replace` with XML Schema regular expressions (see xsdRegex.ts). Invalid patterns,
 * flags or replacement strings, and a pattern that matches the empty string in `replace`, are
 * errors in XPath and give null here.
 */
function matches(input: unknown, pattern: unknown, flags: unknown = ''): boolean | null {
  if (typeof input !== 'string' || typeof pattern !== 'string') return null
  if (flags !== null && flags !== undefined && typeof flags !== 'string') return null
  const regExp = xsdRegExp(pattern, (flags as string | null | undefined) ?? '')
  return regExp ? regExp.test(input) : null
}

function replace(
  input: unknown,
  pattern: unknown,
  replacement: unknown,
  flags: unknown = ''
): string | null {
  if (typeof input !== 'string' || typeof pattern !== 'string' || typeof replacement !== 'string') {
    return null
  }
  if (flags !== null && flags !== undefined && typeof flags !== 'string') return null
  const regExp = xsdRegExp(pattern, (flags as string | null | undefined) ?? '', 'g')
  if (!regExp) return null
  if (new RegExp(regExp.source, regExp.flags.replace('g', '')).test('')) return null
  const jsReplacement = (flags as string | undefined)?.includes('q')
    ? replacement.replace(/\$/g, '$$$$')
    : xsdReplacement(replacement)
  return jsReplacement === undefined ? null : input.replace(regExp, jsReplacement)
}

export const regexFunctions: Record<string, FeelFunction> = {
  matches: new FeelFunction(matches as (...args: unknown[]) => unknown, [
    'input',
    'pattern',
    'flags',
  ]),
  replace: new FeelFunction(replace as (...args: unknown[]) => unknown, [
    'input',
    'pattern',
    'replacement',
    'flags',
  ]),
}
