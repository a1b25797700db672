// Names a metadata field for a person who does not read JSON pointers: the field name in quotes
// plus where it sits, with 1-based entry numbers ("felder Nr. 3") because that is how people count.
import type { LocalizedText } from '../problem'
import { joinPointer, pointerSegments } from './jsonPointer'

const isIndex = (segment: string): boolean => /^(0|[1-9][0-9]*)$/.test(segment)

/** The human-readable path, e.g. `eingehendeDaten Nr. 1 › felder Nr. 3 › datentyp`. */
export function readablePath(pointer: string): LocalizedText {
  const de: string[] = []
  const en: string[] = []
  for (const segment of pointerSegments(pointer)) {
    if (isIndex(segment) && de.length > 0) {
      const number = Number(segment) + 1
      de[de.length - 1] += ` Nr. ${number}`
      en[en.length - 1] += ` no. ${number}`
    } else {
      de.push(segment)
      en.push(segment)
    }
  }
  return { de: de.join(' › '), en: en.join(' › ') }
}

/**
 * A sentence subject naming the field, e.g. `Feld „datentyp“ (eingehendeDaten Nr. 1 › felder Nr. 3)`,
 * `Eintrag Nr. 2 in „schlagwort“` or, for the document itself, `Der Baustein`.
 */
export function fieldLabel(pointer: string): LocalizedText {
  const segments = pointerSegments(pointer)
  const last = segments.at(-1)
  if (last === undefined) return { de: 'Der Baustein', en: 'The building block' }
  const parentPointerText = readablePath(pointerOfParent(segments))
  if (isIndex(last) && segments.length > 1) {
    const listName = segments.at(-2) ?? ''
    const context = readablePath(pointerOfParent(segments.slice(0, -1)))
    const number = Number(last) + 1
    return {
      de: `Eintrag Nr. ${number} in „${listName}“${inParentheses(context.de)}`,
      en: `Entry no. ${number} in "${listName}"${inParentheses(context.en)}`,
    }
  }
  return {
    de: `Feld „${last}“${inParentheses(parentPointerText.de)}`,
    en: `Field "${last}"${inParentheses(parentPointerText.en)}`,
  }
}

const pointerOfParent = (segments: string[]): string => joinPointer('', ...segments.slice(0, -1))

const inParentheses = (text: string): string => (text === '' ? '' : ` (${text})`)

/** A value as it should appear inside a message: short, quoted if text, described if structured. */
export function formatValue(value: unknown): LocalizedText {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value
    return { de: `„${shown}“`, en: `"${shown}"` }
  }
  if (Array.isArray(value)) return { de: 'eine Liste', en: 'a list' }
  if (typeof value === 'object' && value !== null) return { de: 'ein Objekt', en: 'an object' }
  return { de: String(value), en: String(value) }
}
