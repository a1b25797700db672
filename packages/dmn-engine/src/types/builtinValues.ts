import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime } from 'feelin'

/** Whether a (non-null) value belongs to a FEEL built-in type. */
export function isBuiltinValue(value: unknown, name: string): boolean {
  switch (name) {
    case 'number':
      return typeof value === 'number'
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return value instanceof FeelDate
    case 'time':
      return value instanceof FeelTime
    case 'date and time':
      return value instanceof FeelDateTime
    case 'days and time duration':
      return value instanceof FeelDuration && !value.yearsMonths
    case 'years and months duration':
      return value instanceof FeelDuration && value.yearsMonths
    case 'duration':
      return value instanceof FeelDuration
    case 'context':
      return (
        value !== null &&
        typeof value === 'object' &&
        Object.getPrototypeOf(value) === Object.prototype
      )
    case 'list':
      return Array.isArray(value)
    case 'range':
      return value instanceof FeelRange
    case 'function':
      return value instanceof FeelFunction || typeof value === 'function'
    default:
      return true
  }
}
