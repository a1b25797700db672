import { FEEL_FUNCTION_NAMES, FEEL_TYPE_NAMES } from './builtinNames'
/**
 * The variable names a FEEL text may read, found by a lexical scan instead of a parse. feelin's
 * parser tracks names as it goes and costs about a millisecond per expression, so each expression
 * is parsed only once, inside the compiled wrapper; this scan picks that wrapper's parameters.
 *
 * Over-approximation is harmless: a parameter without a value behaves exactly like a missing
 * name (feelin then falls back to the built-in function of that name). Missing a name is not: it
 * would not be bound. So every scope name that occurs in the text is taken, plus each plain
 * identifier that is not a keyword or part of a built-in function name (undeclared inputs).
 */
export function candidateNames(text: string, scopeNames: readonly string[]): string[] {
  const code = withoutStringsAndComments(text)
  const found = new Set<string>()
  for (const name of scopeNames) {
    if (name !== '' && occurs(code, name)) found.add(name)
  }
  for (const match of code.matchAll(IDENTIFIER)) {
    const word = match[0]
    const before = code[match.index - 1]
    if (before === '.' || before === '@') continue
    if (KEYWORDS.has(word) || BUILTIN_WORDS.has(word)) continue
    if ([...found].some((name) => name.includes(word))) continue
    found.add(word)
  }
  return [...found]
}

const IDENTIFIER = /[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\u00C0-\uFFFF]*/g

/** Blanks out string literals and comments, keeping offsets, so names inside them do not count. */
function withoutStringsAndComments(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, (match) =>
    ' '.repeat(match.length)
  )
}

/** Whether the name occurs as a whole name (not inside a longer one); whitespace may vary. */
function occurs(code: string, name: string): boolean {
  const pattern = name
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  const expression = new RegExp(
    `(^|[^A-Za-z0-9_\\u00C0-\\uFFFF])${pattern}(?![A-Za-z0-9_\\u00C0-\\uFFFF])`
  )
  return expression.test(code)
}

const KEYWORDS = new Set([
  'true',
  'false',
  'null',
  'not',
  'and',
  'or',
  'if',
  'then',
  'else',
  'for',
  'in',
  'return',
  'some',
  'every',
  'satisfies',
  'between',
  'instance',
  'of',
  'function',
  'external',
  'item',
])

/**
 * Words of FEEL's built-in function and type names (`string length`, `date and time`, `years and
 * months duration`): taken as parameters they could change how the name is read.
 */
const BUILTIN_WORDS = new Set(
  [...FEEL_FUNCTION_NAMES, ...FEEL_TYPE_NAMES].flatMap((name) => name.split(' '))
)
