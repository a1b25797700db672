/** BlueprintErrors of the bundle core as HTTP problems: unsafe archives 400/413, bad bundles 422. */
import { BlueprintError } from '@bauplan/blueprint'
import { HttpProblem } from '../../http/httpProblem'

const TOO_LARGE = new Set([
  'blueprint.archiveTooLarge',
  'blueprint.totalTooLarge',
  'blueprint.entryTooLarge',
  'blueprint.tooManyEntries',
  'blueprint.compressionRatio',
])

/**
 * `checks` (the verify outcome per check, when known) goes into the problem document as an
 * extension member, so a client can show which check refused the bundle.
 */
export function httpProblemOf(error: unknown, checks?: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof BlueprintError)) return error
  const first = error.problems[0]
  const code = first?.code ?? 'blueprint.invalid'
  const status =
    error.kind === 'notFound'
      ? 404
      : error.kind === 'unsafeArchive'
        ? TOO_LARGE.has(code)
          ? 413
          : 400
        : 422
  return new HttpProblem(status, code, first?.message ?? { de: error.message, en: error.message }, {
    problems: error.problems,
    cause: error,
    ...(checks !== undefined ? { extensions: { checks } } : {}),
  })
}
