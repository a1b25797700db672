const NAME_CHARACTER = /[\p{L}\p{N}_]/u
const SIMPLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*/u

/**
 * The variable an input expression starts with: `anzahlHunde` for `anzahlHunde`, `antrag` for
 * `antrag.alter`, `Alter` for `Alter + 1`. FEEL names may contain spaces (`Monthly Salary`), which
 * a plain scan cannot tell from an expression; so the longest of the `knownNames` (the model's input
 * data names) the expression starts with wins, and only otherwise the first simple name is taken.
 * Returns `undefined` when the expression does not start with a name (e.g. a literal `"x"` or `1`).
 */
export function leadingIdentifier(
  expression: string,
  knownNames: readonly string[] = []
): string | undefined {
  const text = expression.trim()
  let best: string | undefined
  for (const name of knownNames) {
    if (name === '' || !text.startsWith(name)) continue
    const next = text.charAt(name.length)
    if (next !== '' && NAME_CHARACTER.test(next)) continue
    if (best === undefined || name.length > best.length) best = name
  }
  return best ?? SIMPLE_NAME.exec(text)?.[0]
}
