// Entry point for checking building-block metadata: schema first, then the rules the schema cannot
// express. Semantic rules run only on schema-valid data because they rely on its shape; a user
// sees them once the schema errors are fixed.
import { hasErrors } from '../problem'
import type { Problem } from '../problem'
import type { Baustein } from './Baustein.generated'
import { nestingDepthProblem } from './nestingDepth'
import { dedupeAndSortProblems } from './orderProblems'
import { checkAgainstSchema } from './schemaValidation'
import { semanticProblems } from './semanticChecks'

export type BausteinValidationResult =
  { ok: true; value: Baustein; problems: Problem[] } | { ok: false; problems: Problem[] }

export function validateBaustein(data: unknown): BausteinValidationResult {
  const tooDeep = nestingDepthProblem(data)
  if (tooDeep !== undefined) return { ok: false, problems: [tooDeep] }

  const schema = checkAgainstSchema(data)
  if (!schema.valid) return { ok: false, problems: dedupeAndSortProblems(schema.problems) }

  const baustein = schema.value
  const problems = dedupeAndSortProblems(semanticProblems(baustein))
  return hasErrors(problems) ? { ok: false, problems } : { ok: true, value: baustein, problems }
}
