import { duration, parseDate, parseDateTime, parseTime, toFeel } from 'feelin'
import type { Runtime } from '../compile/buildRuntime'
import { isContext } from '../types/conform'
import type { FeelType } from '../types/feelType'

/**
 * Turns caller inputs into FEEL values. JSON has no dates, times or durations, so a string given
 * for an input data element of such a type is read as one (`"2024-05-01"` for a `date`); JavaScript
 * `Date` objects become FEEL date-times. Other values pass unchanged.
 */
export function toFeelInput(
  inputs: Readonly<Record<string, unknown>>,
  runtime: Runtime
): Record<string, unknown> {
  const types = inputTypes(runtime)
  const converted: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(inputs)) {
    converted[name] = fromJson(value, types.get(name))
  }
  return converted
}

const typesByRuntime = new WeakMap<Runtime, Map<string, FeelType>>()

/** The declared type of each input data element, by name; resolved once per model. */
function inputTypes(runtime: Runtime): Map<string, FeelType> {
  let types = typesByRuntime.get(runtime)
  if (!types) {
    types = new Map()
    for (const input of runtime.inputData.values()) {
      types.set(input.info.name, runtime.types.resolve(input.info.typeRef))
    }
    typesByRuntime.set(runtime, types)
  }
  return types
}

export function fromJson(value: unknown, type: FeelType | undefined): unknown {
  if (value === undefined || value === null) return null
  // The common case: numbers, booleans and strings with no temporal type need no conversion.
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (type?.kind === 'constrained') return fromJson(value, type.base)
  if (Array.isArray(value)) {
    const element = type?.kind === 'list' ? type.element : undefined
    return value.map((item) => fromJson(item, element))
  }
  if (isContext(value)) {
    const entries = type?.kind === 'context' ? type.entries : undefined
    const converted: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value))
      converted[key] = fromJson(item, entries?.get(key))
    return converted
  }
  if (typeof value === 'string' && type?.kind === 'builtin') {
    const parsed = parseTemporal(value, type.name)
    if (parsed !== undefined) return parsed
  }
  return toFeel(value)
}

function parseTemporal(text: string, type: string): unknown {
  switch (type) {
    case 'date':
      return parseDate(text) ?? undefined
    case 'time':
      return parseTime(text) ?? undefined
    case 'date and time':
      return parseDateTime(text) ?? undefined
    case 'days and time duration':
    case 'years and months duration':
    case 'duration':
      return duration(text) ?? undefined
    default:
      return undefined
  }
}
