import type { Problem } from '@bauplan/domain'
import { FEEL_FUNCTION_NAMES } from '../feel/builtinNames'

/**
 * Names why a TCK result node failed, so the report can group failures: an unsupported boxed
 * expression, a FEEL function feelin lacks, FEEL it cannot parse, or simply a wrong result.
 */
export function failureCause(errors: readonly Problem[], warnings: readonly Problem[]): string {
  for (const error of errors) {
    if (error.code === 'dmn.unsupportedExpression') {
      const element = /unsupported boxed expression: ([^;]+);/.exec(error.message.en)?.[1]
      return `unsupported boxed expression: ${element ?? 'unknown'}`
    }
  }
  for (const error of errors) {
    if (error.code === 'dmn.feelSyntax') return 'FEEL syntax not supported'
  }
  const missingFunction = warnings
    .filter((warning) => warning.code === 'feel.NO_VARIABLE_FOUND')
    .map((warning) => /Variable '([^']+)' not found/.exec(warning.message.en)?.[1])
    .find((name) => name !== undefined && FEEL_FUNCTIONS.has(name))
  if (missingFunction) return `FEEL function not implemented: ${missingFunction}`
  const unsupported = warnings.find((warning) => warning.code === 'feel.UNSUPPORTED')
  if (unsupported) {
    const message = unsupported.message.en
    const what = message.slice(message.lastIndexOf('": ') + 3)
    return `not supported by feelin: ${what}`
  }
  const firstError = errors[0]
  if (firstError) return `wrong result (${firstError.code})`
  return 'wrong result'
}

/** To tell a missing built-in from a typo. */
const FEEL_FUNCTIONS = new Set(FEEL_FUNCTION_NAMES)
