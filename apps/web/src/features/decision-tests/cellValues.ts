import type { JsonValue, LocalizedText } from '@bauplan/domain'

export type CellParse =
  { ok: true; value: JsonValue | undefined } | { ok: false; reason: LocalizedText }

const NUMBER_TYPES = new Set(['number', 'integer', 'long', 'double', 'decimal'])
const DATE = /^\d{4}-\d{2}-\d{2}$/
const TRUE_WORDS = new Set(['true', 'wahr', 'ja'])
const FALSE_WORDS = new Set(['false', 'falsch', 'nein'])

/**
 * Reads what an analyst typed into a cell as the JSON value `entscheidungstests.json` stores. The
 * column's DMN type decides: numbers accept a decimal comma, booleans wahr/falsch, strings need no
 * quotes, dates must be ISO (`2026-01-31`). Without a declared type the text is JSON when it reads
 * as JSON (`12`, `true`, `["a"]`) and otherwise a string; text that starts like a list, an object
 * or a quoted string must then be valid JSON. An empty cell means "not given".
 */
export function parseCell(text: string, typeRef: string | undefined): CellParse {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  const type = typeRef?.trim().toLowerCase()
  if (trimmed === 'null') return { ok: true, value: null }
  if (type !== undefined && NUMBER_TYPES.has(type)) {
    const normalised = trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2')
    const value = Number(normalised)
    if (
      normalised === '' ||
      !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised) ||
      !Number.isFinite(value)
    ) {
      return fail(
        `„${trimmed}“ ist keine Zahl (z. B. 12 oder 12,5).`,
        `"${trimmed}" is not a number (e.g. 12 or 12.5).`
      )
    }
    return { ok: true, value }
  }
  if (type === 'boolean') {
    const lower = trimmed.toLowerCase()
    if (TRUE_WORDS.has(lower)) return { ok: true, value: true }
    if (FALSE_WORDS.has(lower)) return { ok: true, value: false }
    return fail(
      `„${trimmed}“ ist kein Wahrheitswert (wahr oder falsch).`,
      `"${trimmed}" is not a boolean (true or false).`
    )
  }
  if (type === 'string') return { ok: true, value: unquoted(trimmed) ?? trimmed }
  if (type === 'date') {
    const date = unquoted(trimmed) ?? trimmed
    if (!DATE.test(date) || Number.isNaN(Date.parse(date))) {
      return fail(
        `„${trimmed}“ ist kein Datum der Form JJJJ-MM-TT.`,
        `"${trimmed}" is not a date of the form YYYY-MM-DD.`
      )
    }
    return { ok: true, value: date }
  }
  try {
    return { ok: true, value: JSON.parse(trimmed) as JsonValue }
  } catch {
    if (/^[[{"]/.test(trimmed)) {
      return fail(
        `„${trimmed}“ ist kein gültiger Wert: Listen, Objekte und Texte in Anführungszeichen müssen JSON sein (z. B. ["a", "b"]).`,
        `"${trimmed}" is not a valid value: lists, objects and quoted texts must be JSON (e.g. ["a", "b"]).`
      )
    }
    return { ok: true, value: trimmed }
  }
}

/** The text a cell shows for a stored value; parseCell(formatCell(v)) gives v back. */
export function formatCell(value: JsonValue | undefined, typeRef: string | undefined): string {
  if (value === undefined) return ''
  const type = typeRef?.trim().toLowerCase()
  if (typeof value === 'string') {
    if (value === '') return '""'
    if (type === 'string' || type === 'date')
      return value === 'null' || /^".*"$/.test(value) ? JSON.stringify(value) : value
    // Untyped: a string that would read as something else (12, true, [..]) keeps its quotes.
    const reread = parseCell(value, undefined)
    return reread.ok && reread.value === value ? value : JSON.stringify(value)
  }
  if (typeof value === 'number' && type !== undefined && NUMBER_TYPES.has(type))
    return String(value)
  return JSON.stringify(value)
}

function unquoted(text: string): string | undefined {
  if (!/^".*"$/.test(text)) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

function fail(de: string, en: string): CellParse {
  return { ok: false, reason: { de, en } }
}
