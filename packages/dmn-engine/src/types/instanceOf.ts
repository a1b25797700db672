import { isContext } from './conform'
import type { FeelType } from './feelType'
import { isBuiltinValue } from './builtinValues'

/**
 * FEEL `instance of` for item definitions (DMN 1.5, 10.3.2.9.2): the value has the type's shape.
 * Unlike conformance it ignores allowed values and converts nothing; a context may have more
 * entries than the type names, an entry or list item may be null.
 */
export function isInstance(value: unknown, type: FeelType): boolean {
  if (value === null || value === undefined) return false
  switch (type.kind) {
    case 'any':
      return true
    case 'unknown':
      return false
    case 'builtin':
      return isBuiltinValue(value, type.name)
    case 'constrained':
      return isInstance(value, type.base)
    case 'list':
      return (
        Array.isArray(value) &&
        value.every((item) => item === null || isInstance(item, type.element))
      )
    case 'context':
      if (!isContext(value)) return false
      for (const [name, entryType] of type.entries) {
        if (!(name in value)) return false
        const entry = value[name]
        if (entry !== null && !isInstance(entry, entryType)) return false
      }
      return true
  }
}

/**
 * feelin evaluates `x instance of T` for a name it does not know as `x instanceof <T from the
 * context>`; a function with `Symbol.hasInstance` lets it ask this engine instead.
 */
export function instanceChecker(check: (value: unknown) => boolean): unknown {
  const checker = function itemDefinition() {
    return null
  }
  Object.defineProperty(checker, Symbol.hasInstance, { value: check })
  return checker
}
