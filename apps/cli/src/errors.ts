/**
 * Every failure the CLI reports is a CliError: a stable code, a message in both languages, the exit
 * code it ends with and, where the server or a check named them, the individual problems. The
 * dispatcher prints them the same way for every command (text, or one JSON document with --json).
 */
import type { LocalizedText, Problem } from '@bauplan/domain'
import { EXIT, type ExitCode } from './exitCodes'

export interface CliErrorOptions {
  problems?: readonly Problem[]
  /** HTTP status, when the error is the server's answer. */
  status?: number
  /** A next step for the user (e.g. "run bauplan login"), printed after the message. */
  hint?: LocalizedText
  cause?: unknown
}

export class CliError extends Error {
  readonly problems: readonly Problem[]
  readonly status: number | undefined
  readonly hint: LocalizedText | undefined

  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    readonly text: LocalizedText,
    options: CliErrorOptions = {}
  ) {
    super(text.en, { cause: options.cause })
    this.name = 'CliError'
    this.problems = options.problems ?? []
    this.status = options.status
    this.hint = options.hint
  }
}

/** Wrong command line: unknown command or option, missing or malformed argument. Exit 2. */
export class UsageError extends CliError {
  constructor(
    code: string,
    text: LocalizedText,
    /** The command whose help explains the right usage. */
    readonly command?: string
  ) {
    super(EXIT.usage, code, text)
    this.name = 'UsageError'
  }
}

/** What went wrong, in the user's language, for notes that do not stop the command. */
export function errorText(error: unknown, lang: 'de' | 'en'): string {
  if (error instanceof CliError) return error.text[lang]
  return error instanceof Error ? error.message : String(error)
}
