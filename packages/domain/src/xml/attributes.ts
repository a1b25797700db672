import {
  decodeReferences,
  isForbiddenControl,
  isNameChar,
  isNameStart,
  isWhitespace,
} from './characters'
import { checkReference } from './references'
import { stopForbiddenCharacter, stopMalformed } from './scanStop'
import type { ScannedAttribute } from './scanTypes'

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const AMP = 0x26
const EQUALS = 0x3d
const QUOTE = 0x22
const APOSTROPHE = 0x27

export interface AttributeList {
  attributes: ScannedAttribute[]
  selfClosing: boolean
  /** Offset after the `>` that ends the start tag. */
  end: number
}

/**
 * Reads the attributes of a start tag from `from` (just after the element name) to its `>` or `/>`.
 * Refuses unquoted values, `<` in values, duplicates and missing separators, which a lenient parser
 * might otherwise accept and interpret differently from the next tool in the chain.
 */
export function readAttributes(
  text: string,
  from: number,
  element: string,
  tagStart: number
): AttributeList {
  const attributes: ScannedAttribute[] = []
  const seen = new Set<string>()
  let pos = from
  for (;;) {
    const separatorStart = pos
    while (isWhitespace(text.charCodeAt(pos))) pos++
    const unit = text.charCodeAt(pos)
    if (pos >= text.length) {
      stopMalformed(
        tagStart,
        `Der Start-Tag <${element}> wird nicht mit „>“ beendet.`,
        `The start tag <${element}> is not ended by ">".`
      )
    }
    if (unit === GT) return { attributes, selfClosing: false, end: pos + 1 }
    if (unit === SLASH && text.charCodeAt(pos + 1) === GT) {
      return { attributes, selfClosing: true, end: pos + 2 }
    }
    if (!isNameStart(unit)) {
      stopMalformed(
        pos,
        `Unerwartetes Zeichen „${text.charAt(pos)}“ im Start-Tag <${element}>.`,
        `Unexpected character "${text.charAt(pos)}" in the start tag <${element}>.`
      )
    }
    if (pos === separatorStart) {
      stopMalformed(
        pos,
        `Die Attribute von <${element}> müssen durch Leerraum getrennt sein.`,
        `The attributes of <${element}> must be separated by whitespace.`
      )
    }
    const attribute = readAttribute(text, pos, element)
    if (seen.has(attribute.name)) {
      stopMalformed(
        pos,
        `Das Attribut ${attribute.name} kommt in <${element}> zweimal vor.`,
        `The attribute ${attribute.name} appears twice in <${element}>.`
      )
    }
    seen.add(attribute.name)
    attributes.push({ name: attribute.name, value: attribute.value, offset: pos })
    pos = attribute.end
  }
}

function readAttribute(
  text: string,
  offset: number,
  element: string
): { name: string; value: string; end: number } {
  let pos = offset
  while (isNameChar(text.charCodeAt(pos))) pos++
  const name = text.slice(offset, pos)
  while (isWhitespace(text.charCodeAt(pos))) pos++
  if (text.charCodeAt(pos) !== EQUALS) {
    stopMalformed(
      offset,
      `Das Attribut ${name} von <${element}> hat keinen Wert (erwartet: ${name}="…").`,
      `The attribute ${name} of <${element}> has no value (expected: ${name}="…").`
    )
  }
  pos++
  while (isWhitespace(text.charCodeAt(pos))) pos++
  const quote = text.charCodeAt(pos)
  if (quote !== QUOTE && quote !== APOSTROPHE) {
    stopMalformed(
      offset,
      `Der Wert des Attributs ${name} von <${element}> muss in Anführungszeichen stehen.`,
      `The value of the attribute ${name} of <${element}> must be in quotes.`
    )
  }
  const valueStart = pos + 1
  let i = valueStart
  for (; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit === quote) break
    if (unit === LT) {
      stopMalformed(
        i,
        `„<“ ist im Wert des Attributs ${name} nicht erlaubt; bitte &lt; schreiben.`,
        `"<" is not allowed in the value of the attribute ${name}; write &lt;.`
      )
    }
    if (unit === AMP) i = checkReference(text, i) - 1
    else if (isForbiddenControl(unit)) stopForbiddenCharacter(text, i)
  }
  if (i >= text.length) {
    stopMalformed(
      offset,
      `Der Wert des Attributs ${name} wird nicht geschlossen.`,
      `The value of the attribute ${name} is not closed.`
    )
  }
  return { name, value: decodeReferences(text.slice(valueStart, i)), end: i + 1 }
}
