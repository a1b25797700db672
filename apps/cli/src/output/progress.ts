/**
 * A progress bar for long operations, drawn on one line of stderr — only on a terminal and never
 * with --json, so pipes, logs and scripts never see it.
 */
import type { OutputStream } from '../io'

export interface Progress {
  /** One step done; `item` names it (a file, a folder). */
  tick(item?: string): void
  /** Removes the bar, leaving the line clean for the result. */
  done(): void
}

const BAR_WIDTH = 24
const CLEAR_LINE = '\r\x1b[2K'

export const NO_PROGRESS: Progress = { tick() {}, done() {} }

export function createProgress(stream: OutputStream, label: string, total: number): Progress {
  let current = 0
  let drawn = false
  const draw = (item: string | undefined) => {
    const filled = total > 0 ? Math.round((current / total) * BAR_WIDTH) : BAR_WIDTH
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`
    let line = `${label} ${bar} ${current}/${total}${item ? ` ${item}` : ''}`
    const width = stream.columns ?? 80
    // A line longer than the terminal would wrap, and \r would then only redraw its last part.
    if (line.length > width - 1) line = `${line.slice(0, Math.max(0, width - 2))}…`
    stream.write(`${CLEAR_LINE}${line}`)
    drawn = true
  }
  draw(undefined)
  return {
    tick(item) {
      current = Math.min(total, current + 1)
      draw(item)
    },
    done() {
      if (drawn) stream.write(CLEAR_LINE)
      drawn = false
    },
  }
}
