import type { FeelFunction } from 'feelin'
import { guardedBuiltins } from './builtins/guardedBuiltins'
import { rangeFromString } from './builtins/rangeFromString'
import { rangeFunctions } from './builtins/rangeFunctions'
import { regexFunctions } from './builtins/regexFunctions'

/**
 * FEEL built-in functions this engine provides itself because feelin 8 lacks them or differs from
 * the DMN specification. They are passed to feelin as context entries, which take precedence over
 * its built-ins; a model's own names still shadow them.
 */
const overrides: Readonly<Record<string, FeelFunction>> = {
  ...rangeFunctions,
  ...guardedBuiltins,
  ...regexFunctions,
  range: rangeFromString,
}

/** The overrides whose names occur in the text (a cheap over-approximation). */
export function overridesUsedBy(text: string): Record<string, FeelFunction> {
  const used: Record<string, FeelFunction> = {}
  for (const [name, fn] of Object.entries(overrides)) if (text.includes(name)) used[name] = fn
  return used
}
