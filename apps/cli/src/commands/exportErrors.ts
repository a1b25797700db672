/** A BlueprintError of the bundle core as the CLI reports it: the same problems, a fitting exit code. */
import { BlueprintError } from '@bauplan/blueprint'
import { CliError } from '../errors'
import { EXIT } from '../exitCodes'

export function cliErrorOf(error: unknown): unknown {
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
