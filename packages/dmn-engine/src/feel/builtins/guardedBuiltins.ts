import { FeelDuration, type FeelFunction } from 'feelin'
import { guarded } from './originalBuiltin'

/**
 * Built-ins where feelin accepts input the DMN specification rejects (the result must be null) or
 * answers differently. Each guard handles only that case and leaves the rest to feelin.
 */
const NULL = { value: null }

/** FEEL numbers are IEEE 754-2008 decimal128: a rounding scale outside its exponent range is an error. */
function scaleOutOfRange(args: unknown[]): typeof NULL | undefined {
  const scale = args[1]
  return typeof scale === 'number' && (scale < -6111 || scale > 6176) ? NULL : undefined
}

export const guardedBuiltins: Record<string, FeelFunction> = {
  'round up': guarded('round up', scaleOutOfRange),
  'round down': guarded('round down', scaleOutOfRange),
  'round half up': guarded('round half up', scaleOutOfRange),
  'round half down': guarded('round half down', scaleOutOfRange),
  decimal: guarded('decimal', scaleOutOfRange),
  // A years-and-months duration is never the same value as a days-and-time duration.
  is: guarded('is', ([a, b]) =>
    a instanceof FeelDuration && b instanceof FeelDuration && a.yearsMonths !== b.yearsMonths
      ? { value: false }
      : undefined
  ),
}
