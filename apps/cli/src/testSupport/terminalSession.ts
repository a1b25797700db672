/**
 * Runs a command on a real pseudo-terminal (util-linux `script`), so the interactive prompts are
 * tested with a real TTY: raw mode, echo and all. The test answers each prompt once it appears.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

export const SCRIPT_BINARY = '/usr/bin/script'
export const HAS_PSEUDO_TERMINAL = existsSync(SCRIPT_BINARY)

export interface TerminalAnswer {
  /** Text on the terminal after which to type. */
  after: string
  type: string
}

export function runOnTerminal(
  command: string[],
  env: NodeJS.ProcessEnv,
  answers: readonly TerminalAnswer[]
): Promise<{ code: number | null; screen: string }> {
  const quoted = command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT_BINARY, ['-q', '-e', '-c', quoted, '/dev/null'], { env })
    let screen = ''
    let next = 0
    let searchFrom = 0
    const onOutput = (chunk: Buffer) => {
      screen += chunk.toString()
      const answer = answers[next]
      if (answer === undefined) return
      const at = screen.indexOf(answer.after, searchFrom)
      if (at < 0) return
      searchFrom = at + answer.after.length
      next++
      child.stdin.write(answer.type)
    }
    child.stdout.on('data', onOutput)
    child.stderr.on('data', onOutput)
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, screen }))
  })
}
