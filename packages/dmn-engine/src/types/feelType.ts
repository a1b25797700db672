import type { CompiledUnaryTests } from '../feel/compileUnaryTests'

/** FEEL's built-in types, by their FEEL names. */
export type BuiltinTypeName =
  | 'number'
  | 'string'
  | 'boolean'
  | 'date'
  | 'time'
  | 'date and time'
  | 'days and time duration'
  | 'years and months duration'
  /** Either kind of duration (a `duration` type reference does not say which). */
  | 'duration'
  | 'context'
  | 'list'
  | 'range'
  | 'function'

/** A resolved `typeRef`: what a value must look like, and how it is constrained. */
export type FeelType =
  | { kind: 'any' }
  | { kind: 'builtin'; name: BuiltinTypeName }
  | { kind: 'list'; element: FeelType }
  | { kind: 'context'; entries: ReadonlyMap<string, FeelType> }
  | { kind: 'constrained'; base: FeelType; allowedValues: CompiledUnaryTests; name: string }
  /** A name no item definition or built-in type has: values are not checked. */
  | { kind: 'unknown'; name: string }

export const ANY: FeelType = { kind: 'any' }

/**
 * Type names as DMN 1.1/1.2 and XML Schema write them, mapped to FEEL's names. The TCK's DMN 1.5
 * models still use `dateTime`, `dayTimeDuration` and `yearMonthDuration`.
 */
const BUILTIN_ALIASES: Readonly<Record<string, BuiltinTypeName | 'Any'>> = {
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  date: 'date',
  time: 'time',
  'date and time': 'date and time',
  dateTime: 'date and time',
  'days and time duration': 'days and time duration',
  dayTimeDuration: 'days and time duration',
  'years and months duration': 'years and months duration',
  yearMonthDuration: 'years and months duration',
  duration: 'duration',
  context: 'context',
  list: 'list',
  range: 'range',
  function: 'function',
  Any: 'Any',
  any: 'Any',
}

/** The built-in type a name denotes (prefixes like `feel:` are ignored), or undefined. */
export function builtinType(name: string): FeelType | undefined {
  const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name
  const builtin = BUILTIN_ALIASES[local.trim()]
  if (builtin === undefined) return undefined
  return builtin === 'Any' ? ANY : { kind: 'builtin', name: builtin }
}
