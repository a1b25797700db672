import type { Problem } from '@bauplan/domain'

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

/** FEEL built-in function names of DMN 1.5 (10.3.4), to tell a missing built-in from a typo. */
const FEEL_FUNCTIONS = new Set([
  'date',
  'time',
  'date and time',
  'duration',
  'years and months duration',
  'number',
  'string',
  'not',
  'substring',
  'string length',
  'upper case',
  'lower case',
  'substring before',
  'substring after',
  'replace',
  'contains',
  'starts with',
  'ends with',
  'matches',
  'split',
  'string join',
  'list contains',
  'count',
  'min',
  'max',
  'sum',
  'mean',
  'all',
  'any',
  'sublist',
  'append',
  'concatenate',
  'insert before',
  'remove',
  'reverse',
  'index of',
  'union',
  'distinct values',
  'flatten',
  'product',
  'median',
  'stddev',
  'mode',
  'decimal',
  'floor',
  'ceiling',
  'abs',
  'modulo',
  'sqrt',
  'log',
  'exp',
  'odd',
  'even',
  'round up',
  'round down',
  'round half up',
  'round half down',
  'is',
  'before',
  'after',
  'meets',
  'met by',
  'overlaps',
  'overlaps before',
  'overlaps after',
  'finishes',
  'finished by',
  'includes',
  'during',
  'starts',
  'started by',
  'coincides',
  'day of year',
  'day of week',
  'month of year',
  'week of year',
  'sort',
  'get value',
  'get entries',
  'context',
  'context put',
  'context merge',
  'now',
  'today',
  'list replace',
  'range',
])
