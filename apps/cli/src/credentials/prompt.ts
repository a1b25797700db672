/**
 * Asking for the user name and password on a terminal. The password is read in raw mode without
 * echo (nothing to see, nothing in the scrollback); prompts go to stderr so stdout stays clean.
 */
import { CliError } from '../errors'
import { EXIT } from '../exitCodes'
import type { InputStream, OutputStream } from '../io'

const ENTER = new Set(['\r', '\n'])
const CTRL_C = '\u0003'
const CTRL_D = '\u0004'
const BACKSPACE = new Set(['\u007f', '\b'])

/** One line typed on a terminal in its normal (cooked) mode. */
export function readLine(
  input: InputStream,
  output: OutputStream,
  question: string
): Promise<string> {
  output.write(question)
  return new Promise((resolve, reject) => {
    let buffer = ''
    const cleanup = () => {
      input.off('data', onData)
      input.off('end', onEnd)
      input.pause()
    }
    const onData = (chunk: Buffer | string) => {
      buffer += chunk.toString()
      const newline = buffer.search(/\r?\n/)
      if (newline >= 0) {
        cleanup()
        resolve(buffer.slice(0, newline))
      }
    }
    const onEnd = () => {
      cleanup()
      reject(aborted())
    }
    input.on('data', onData)
    input.once('end', onEnd)
    input.resume()
  })
}

/** A secret typed on a terminal, without echo; Backspace works, Ctrl-C aborts. */
export function readHidden(
  input: InputStream,
  output: OutputStream,
  question: string
): Promise<string> {
  // Raw mode (no echo) before the prompt appears: a fast typist or a paste must not be echoed.
  input.setRawMode?.(true)
  output.write(question)
  return new Promise((resolve, reject) => {
    let value: string[] = []
    const finish = (error?: CliError) => {
      input.off('data', onData)
      input.setRawMode?.(false)
      input.pause()
      output.write('\n')
      if (error) reject(error)
      else resolve(value.join(''))
    }
    const onData = (chunk: Buffer | string) => {
      // Array.from splits by code point, so Backspace removes a whole "ä" or emoji.
      for (const char of Array.from(chunk.toString())) {
        if (ENTER.has(char) || char === CTRL_D) return finish()
        if (char === CTRL_C) return finish(aborted())
        if (BACKSPACE.has(char)) value = value.slice(0, -1)
        else if (char >= ' ') value.push(char)
      }
    }
    input.on('data', onData)
    input.resume()
  })
}

/** Everything piped into stdin (`--password-stdin`), without the one line break `echo` adds. */
export async function readAll(input: InputStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer | string))
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

function aborted(): CliError {
  return new CliError(EXIT.usage, 'login.aborted', {
    de: 'Anmeldung abgebrochen.',
    en: 'Login aborted.',
  })
}
