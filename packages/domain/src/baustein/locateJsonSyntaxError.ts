// Finds where and why JSON text is invalid. JSON.parse only says so in engine-specific words
// (Node 20 often without any position), but people need a line, a column and a reason they
// understand, so this scanner walks the text itself. It runs only after JSON.parse has failed.
// Iterative on purpose: deeply nested input must not overflow the stack.

export type JsonExpectation =
  'value' | 'propertyName' | 'colon' | 'commaOrObjectEnd' | 'commaOrArrayEnd' | 'endOfText'

export type JsonSyntaxReason =
  | { kind: 'empty' }
  | { kind: 'unexpectedEnd'; expected: JsonExpectation }
  | { kind: 'unexpectedToken'; token: string; expected: JsonExpectation }
  | { kind: 'trailingComma' }
  | { kind: 'comment' }
  | { kind: 'singleQuotes' }
  | { kind: 'unquotedPropertyName'; token: string }
  | { kind: 'unterminatedString' }
  | { kind: 'controlCharacterInString' }
  | { kind: 'invalidEscape'; token: string }
  | { kind: 'invalidNumber'; token: string }

export interface JsonSyntaxError {
  /** Index into the text (UTF-16 code units) where the error is. */
  offset: number
  reason: JsonSyntaxReason
}

type State =
  'value' | 'firstArrayValue' | 'nextArrayValue' | 'firstKey' | 'nextKey' | 'colon' | 'afterValue'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const WORD = /[A-Za-z0-9_$.+-]+/y

/** The first syntax error in `text`, or undefined if it is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const containers: ('object' | 'array')[] = []
  let state: State = 'value'
  let lastComma = -1
  let i = skipWhitespace(text, 0)
  if (i === text.length) return { offset: 0, reason: { kind: 'empty' } }

  for (;;) {
    i = skipWhitespace(text, i)
    const ch = text[i]
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return { offset: i, reason: { kind: 'comment' } }
    }
    const fail = (expected: JsonExpectation): JsonSyntaxError =>
      ch === undefined
        ? { offset: i, reason: { kind: 'unexpectedEnd', expected } }
        : { offset: i, reason: { kind: 'unexpectedToken', token: tokenAt(text, i), expected } }

    switch (state) {
      case 'value':
      case 'firstArrayValue':
      case 'nextArrayValue': {
        if (ch === ']' && state === 'firstArrayValue') {
          containers.pop()
          state = 'afterValue'
          i++
        } else if ((ch === ']' || ch === '}') && state === 'nextArrayValue') {
          return { offset: lastComma, reason: { kind: 'trailingComma' } }
        } else if (ch === '{') {
          containers.push('object')
          state = 'firstKey'
          i++
        } else if (ch === '[') {
          containers.push('array')
          state = 'firstArrayValue'
          i++
        } else if (ch === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return end
          i = end
          state = 'afterValue'
        } else if (ch === "'") {
          return { offset: i, reason: { kind: 'singleQuotes' } }
        } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
          const end = scanNumber(text, i)
          if (typeof end !== 'number') return end
          i = end
          state = 'afterValue'
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i))
          if (literal === undefined) return fail('value')
          i += literal.length
          state = 'afterValue'
        }
        break
      }
      case 'firstKey':
      case 'nextKey': {
        if (ch === '}' && state === 'firstKey') {
          containers.pop()
          state = 'afterValue'
          i++
        } else if (ch === '}') {
          return { offset: lastComma, reason: { kind: 'trailingComma' } }
        } else if (ch === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return end
          i = end
          state = 'colon'
        } else if (ch === "'") {
          return { offset: i, reason: { kind: 'singleQuotes' } }
        } else if (ch !== undefined && /[A-Za-z_$]/.test(ch)) {
          return { offset: i, reason: { kind: 'unquotedPropertyName', token: tokenAt(text, i) } }
        } else {
          return fail('propertyName')
        }
        break
      }
      case 'colon': {
        if (ch !== ':') return fail('colon')
        state = 'value'
        i++
        break
      }
      case 'afterValue': {
        const container = containers.at(-1)
        if (container === undefined) return ch === undefined ? undefined : fail('endOfText')
        const closer = container === 'object' ? '}' : ']'
        if (ch === ',') {
          lastComma = i
          state = container === 'object' ? 'nextKey' : 'nextArrayValue'
          i++
        } else if (ch === closer) {
          containers.pop()
          i++
        } else {
          return fail(container === 'object' ? 'commaOrObjectEnd' : 'commaOrArrayEnd')
        }
        break
      }
    }
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from
  while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++
  return i
}

/** The word or character at `offset`, short enough to quote in a message. */
function tokenAt(text: string, offset: number): string {
  WORD.lastIndex = offset
  const word = WORD.exec(text)?.[0]
  if (word !== undefined) return word.length > 20 ? `${word.slice(0, 20)}…` : word
  return String.fromCodePoint(text.codePointAt(offset) ?? 0)
}

/** Index after the closing quote, or the error inside the string starting at `start`. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (ch === '"') return i + 1
    if (ch === '\n' || ch === '\r') return { offset: i, reason: { kind: 'unterminatedString' } }
    if (ch < ' ') return { offset: i, reason: { kind: 'controlCharacterInString' } }
    if (ch === '\\') {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, reason: { kind: 'invalidEscape', token: text.slice(i, i + 6) } }
        }
        i += 5
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++
      } else {
        return { offset: i, reason: { kind: 'invalidEscape', token: text.slice(i, i + 2) } }
      }
    }
  }
  return { offset: text.length, reason: { kind: 'unterminatedString' } }
}

/** Index after the number starting at `start`, or why it is not a JSON number. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  NUMBER.lastIndex = start
  const match = NUMBER.exec(text)?.[0] ?? ''
  const end = start + match.length
  const next = text[end] ?? ''
  // JSON forbids "-", "01", "1.", ".5" and "1e" even though JavaScript accepts some of them.
  if (match === '' || match === '-' || /[0-9.eE]/.test(next)) {
    WORD.lastIndex = start
    const token = WORD.exec(text)?.[0] ?? text.slice(start, end + 1)
    return { offset: start, reason: { kind: 'invalidNumber', token } }
  }
  return end
}
