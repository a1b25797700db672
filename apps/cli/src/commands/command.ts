/**
 * The shape of a command. A command computes its result and returns both forms of it — the JSON
 * document and the human text — and the dispatcher prints the one the user asked for. That keeps
 * every command's output testable and guarantees exactly one JSON document with --json.
 */
import type { LocalizedText } from '@bauplan/domain'
import type { OptionSpecs, ParsedArgs } from '../args/optionSpec'
import type { CommandContext } from '../context'
import type { ExitCode } from '../exitCodes'

export interface CommandResult {
  exitCode: ExitCode
  /** The --json document. */
  data: unknown
  /** The human-readable output, one entry per line. */
  text: string[]
}

export interface Command {
  name: string
  /** Arguments after the command word, e.g. `<id>@<version> [-o DIR] [--force]`. */
  synopsis: string
  summary: LocalizedText
  description: LocalizedText
  options: OptionSpecs
  positionals: { min: number; max: number; names: LocalizedText }
  examples: readonly string[]
  run(ctx: CommandContext, args: ParsedArgs): Promise<CommandResult>
}
