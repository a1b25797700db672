/** A 1-based position in a text, as editors and the CLI show it. */
export interface TextPosition {
  line: number
  column: number
}

/**
 * Maps character offsets to line/column. Built once per text (one linear pass) and then answers
 * each lookup by binary search, so reporting many problems in a large file stays cheap.
 * Line breaks follow XML end-of-line handling: CRLF, lone CR and LF each end one line.
 * Columns count UTF-16 code units, as browser editors (Monaco, CodeMirror) do.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      if (unit === 0x0a) this.lineStarts.push(i + 1)
      else if (unit === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++
        this.lineStarts.push(i + 1)
      }
    }
  }

  positionAt(offset: number): TextPosition {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 }
  }
}

/** Position of one offset without keeping an index: for the single fatal problem of a scan. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i)
    if (unit === 0x0a) {
      line++
      lineStart = i + 1
    } else if (unit === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a && i + 1 < end) i++
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
