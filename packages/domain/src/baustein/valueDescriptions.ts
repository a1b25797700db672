// Words for JSON types and string formats, so messages say "muss eine ganze Zahl sein, ist aber
// ein Text („3“)" instead of "must be integer".
import type { LocalizedText } from '../problem'
import { formatValue } from './fieldLabel'

const typeNames: Record<string, LocalizedText> = {
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  integer: { de: 'eine ganze Zahl', en: 'a whole number' },
  boolean: { de: 'ein Wahrheitswert (true oder false)', en: 'a boolean (true or false)' },
  object: { de: 'ein Objekt ({ … })', en: 'an object ({ … })' },
  array: { de: 'eine Liste ([ … ])', en: 'a list ([ … ])' },
  null: { de: 'null', en: 'null' },
}

function typeName(type: string): LocalizedText {
  return Object.hasOwn(typeNames, type)
    ? (typeNames[type] ?? { de: type, en: type })
    : { de: type, en: type }
}

function actualType(value: unknown): LocalizedText {
  if (value === null) return { de: 'null', en: 'null' }
  if (Array.isArray(value)) return { de: 'eine Liste', en: 'a list' }
  if (typeof value === 'object') return { de: 'ein Objekt', en: 'an object' }
  const shown = formatValue(value)
  if (typeof value === 'string') return { de: `ein Text (${shown.de})`, en: `a text (${shown.en})` }
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return { de: `eine Kommazahl (${shown.de})`, en: `a decimal number (${shown.en})` }
  }
  const name = typeName(typeof value)
  return { de: `${name.de} (${shown.de})`, en: `${name.en} (${shown.en})` }
}

/** Expected and actual type of a value, each as a phrase with its article. */
export function typeMismatch(
  expectedTypes: readonly string[],
  value: unknown
): { expected: LocalizedText; actual: LocalizedText } {
  const names = expectedTypes.map(typeName)
  const join = (parts: string[], or: string): string =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${or} ${parts.at(-1)}`
  return {
    expected: {
      de: join(
        names.map((n) => n.de),
        'oder'
      ),
      en: join(
        names.map((n) => n.en),
        'or'
      ),
    },
    actual: actualType(value),
  }
}

const formats: Record<string, LocalizedText> = {
  date: {
    de: 'ein gültiges Datum im Format JJJJ-MM-TT, z. B. 2025-03-31',
    en: 'a valid date in the form YYYY-MM-DD, e.g. 2025-03-31',
  },
  'date-time': {
    de: 'ein gültiger Zeitpunkt im Format JJJJ-MM-TTThh:mm:ss mit Zeitzone, z. B. 2025-03-31T14:05:00Z oder 2025-03-31T16:05:00+02:00',
    en: 'a valid point in time in the form YYYY-MM-DDThh:mm:ss with time zone, e.g. 2025-03-31T14:05:00Z or 2025-03-31T16:05:00+02:00',
  },
  uri: {
    de: 'eine vollständige Adresse (URI) mit Schema, z. B. https://www.gesetze-im-internet.de/gewo/__14.html',
    en: 'a complete address (URI) including its scheme, e.g. https://www.gesetze-im-internet.de/gewo/__14.html',
  },
  regex: {
    de: 'ein gültiger regulärer Ausdruck, z. B. ^[0-9]{5}$',
    en: 'a valid regular expression, e.g. ^[0-9]{5}$',
  },
}

export function formatExplanation(format: string): LocalizedText {
  return (
    (Object.hasOwn(formats, format) ? formats[format] : undefined) ?? {
      de: `ein Wert im Format „${format}“`,
      en: `a value in the format "${format}"`,
    }
  )
}
