/**
 * Everything the CLI touches of its process, in one object: the streams, the environment and the
 * working directory. `main.ts` passes the real process; tests pass their own streams, so every
 * command runs in-process exactly as it does from a shell.
 */
import type { Readable } from 'node:stream'

export interface OutputStream {
  write(text: string): unknown
  /** Set on a terminal; the progress bar and prompts only appear there. */
  readonly isTTY?: boolean
  readonly columns?: number
}

export interface InputStream extends Readable {
  readonly isTTY?: boolean
  setRawMode?(mode: boolean): unknown
}

export interface CliIo {
  stdout: OutputStream
  stderr: OutputStream
  stdin: InputStream
  env: Readonly<Record<string, string | undefined>>
  /** Relative paths the user gives are resolved against this directory. */
  cwd: string
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }
}
