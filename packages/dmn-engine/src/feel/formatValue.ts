import { FeelFunction } from 'feelin'

/** A short FEEL-like rendering of a value for messages and reports: `"text"`, `[1, 2]`, `{a: 1}`. */
export function formatValue(value: unknown, limit = 200): string {
  const text = render(value, 0)
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
}

function render(value: unknown, depth: number): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (depth > 6) return '…'
  if (Array.isArray(value)) return `[${value.map((item) => render(item, depth + 1)).join(', ')}]`
  if (value instanceof FeelFunction) return `function(${value.parameterNames.join(', ')})`
  if (typeof value === 'function') return 'function'
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
    return `{${entries.map(([key, item]) => `${key}: ${render(item, depth + 1)}`).join(', ')}}`
  }
  return String(value)
}
