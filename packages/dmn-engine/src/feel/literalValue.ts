/**
 * Recognises the literals that make up most decision-table cells (`65`, `-1.5`, `"befreit"`,
 * `true`, `null`), so they cost nothing to evaluate. Anything else (escapes in strings, exponents,
 * expressions) is left to feelin.
 */
export function literalValue(text: string): { value: unknown } | undefined {
  if (NUMBER.test(text)) return { value: Number(text) }
  const string = STRING.exec(text)
  if (string) return { value: string[1] }
  if (text === 'true') return { value: true }
  if (text === 'false') return { value: false }
  if (text === 'null') return { value: null }
  return undefined
}

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/
const STRING = /^"([^"\\]*)"$/
