/**
 * Runs `bauplan` in-process, exactly as main.ts does but with captured streams, a chosen working
 * directory and an explicit environment (nothing leaks in from the developer's shell, such as a
 * real BAUPLAN_TOKEN or ~/.config).
 */
import { Readable } from 'node:stream'
import { runCli } from '../cli'
import type { CliIo, InputStream, OutputStream } from '../io'

export interface RunOptions {
  cwd: string
  env: Record<string, string | undefined>
  /** Text piped into stdin (not a terminal). */
  stdin?: string
  /** Pretend stderr is a terminal (for the progress bar). */
  stderrIsTTY?: boolean
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

class Capture implements OutputStream {
  text = ''
  constructor(
    readonly isTTY: boolean,
    readonly columns = 120
  ) {}
  write(chunk: string): boolean {
    this.text += chunk
    return true
  }
}

export async function runInProcess(
  argv: readonly string[],
  options: RunOptions
): Promise<RunResult> {
  const stdout = new Capture(false)
  const stderr = new Capture(options.stderrIsTTY === true)
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin !== undefined ? [options.stdin] : []) as InputStream,
    env: options.env,
    cwd: options.cwd,
  }
  const code = await runCli(argv, io)
  return { code, stdout: stdout.text, stderr: stderr.text }
}
