/**
 * 1-based line and column of `offset` in `text`. Lines break at \n, \r\n and a lone \r (all JSON
 * whitespace); columns count UTF-16 code units, as the editors used with the workbench do.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    const ch = text[i]
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}
