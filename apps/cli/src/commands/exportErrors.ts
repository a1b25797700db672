/** A BlueprintError of the bundle core as the CLI reports it: the same problems, a fitting exit code. */
import { BlueprintError, RendererUnavailableError } from '@bauplan/blueprint'
import { CliError } from '../errors'
import { EXIT } from '../exitCodes'

export function cliErrorOf(error: unknown): unknown {
  if (error instanceof RendererUnavailableError) {
    return new CliError(EXIT.failure, 'export.chromiumMissing', {
      de: `Für das Handbuch wird Chromium gebraucht; unter ${error.executablePath} ist keines. Setzen Sie CHROMIUM_PATH oder exportieren Sie ohne --handbook.`,
      en: `The handbook needs Chromium; there is none at ${error.executablePath}. Set CHROMIUM_PATH or export without --handbook.`,
    })
  }
  if (!(error instanceof BlueprintError)) return error
  const first = error.problems[0]
  const exitCode = error.kind === 'notFound' ? EXIT.notFound : EXIT.problems
  return new CliError(
    exitCode,
    first?.code ?? 'blueprint.error',
    first?.message ?? { de: error.message, en: error.message },
    { problems: error.problems, cause: error }
  )
}
