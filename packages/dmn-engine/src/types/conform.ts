import { formatValue } from '../feel/formatValue'
import { isBuiltinValue } from './builtinValues'
import type { FeelType } from './feelType'

export type Conformance = { ok: true; value: unknown } | { ok: false; reason: string }

/**
 * Checks a value against a type and applies DMN's implicit conversions (DMN 1.3, 10.3.2.9.4):
 * a one-element list where a single value is expected gives its element, a single value where a
 * list is expected becomes a one-element list. null conforms to every type. A value that does not
 * conform is the caller's to replace by null and report.
 */
export function conform(value: unknown, type: FeelType): Conformance {
  if (value === null || value === undefined) return { ok: true, value: null }
  switch (type.kind) {
    case 'any':
    case 'unknown':
      return { ok: true, value }
    case 'builtin':
      if (type.name === 'list') return Array.isArray(value) ? ok(value) : ok([value])
      if (Array.isArray(value) && value.length === 1) return conform(value[0], type)
      return isBuiltinValue(value, type.name)
        ? ok(value)
        : { ok: false, reason: `${describe(value)} is not a ${type.name}` }
    case 'list': {
      const items = Array.isArray(value) ? value : [value]
      const converted: unknown[] = []
      for (const item of items) {
        const result = conform(item, type.element)
        if (!result.ok) return result
        converted.push(result.value)
      }
      return ok(converted)
    }
    case 'context': {
      if (Array.isArray(value) && value.length === 1) return conform(value[0], type)
      if (!isContext(value)) return { ok: false, reason: `${describe(value)} is not a context` }
      const converted: Record<string, unknown> = { ...value }
      for (const [name, entryType] of type.entries) {
        const result = conform(value[name] ?? null, entryType)
        if (!result.ok) return { ok: false, reason: `${name}: ${result.reason}` }
        converted[name] = result.value
      }
      return ok(converted)
    }
    case 'constrained': {
      const base = conform(value, type.base)
      if (!base.ok) return base
      if (type.allowedValues.test(base.value, {})) return base
      return {
        ok: false,
        reason: `${describe(base.value)} is not an allowed value of ${type.name}`,
      }
    }
  }
}

function ok(value: unknown): Conformance {
  return { ok: true, value }
}

export function isContext(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
  )
}

function describe(value: unknown): string {
  return formatValue(value, 60)
}
