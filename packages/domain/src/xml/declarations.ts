import { isNameChar, isNameStart, isWhitespace } from './characters'
import { stopScan } from './scanStop'
import { xmlFindings } from './xmlProblems'

const QUOTE = 0x22
const APOSTROPHE = 0x27
const LT = 0x3c
const GT = 0x3e
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const PERCENT = 0x25

/**
 * Refuses the `<!DOCTYPE` at `start`, never reading the DTD. If its internal subset declares an
 * entity, that declaration is reported instead, because it names the actual attack
 * (billion laughs: nested internal entities; XXE: an entity with SYSTEM/PUBLIC).
 */
export function refuseDoctype(text: string, start: number): never {
  let quote = 0
  let inSubset = false
  for (let i = start + '<!DOCTYPE'.length; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (quote !== 0) {
      if (unit === quote) quote = 0
    } else if (unit === QUOTE || unit === APOSTROPHE) quote = unit
    else if (unit === OPEN_BRACKET) inSubset = true
    else if (unit === CLOSE_BRACKET) inSubset = false
    else if (unit === LT && inSubset && text.startsWith('<!ENTITY', i)) {
      refuseEntityDeclaration(text, i)
    } else if (unit === GT && !inSubset) break
  }
  stopScan(xmlFindings.doctype(), start)
}

/** Refuses the `<!ENTITY` declaration at `start` as `xml.entity` or, with SYSTEM/PUBLIC, `xml.externalEntity`. */
export function refuseEntityDeclaration(text: string, start: number): never {
  let i = start + '<!ENTITY'.length
  while (isWhitespace(text.charCodeAt(i))) i++
  const parameter = text.charCodeAt(i) === PERCENT
  if (parameter) {
    i++
    while (isWhitespace(text.charCodeAt(i))) i++
  }
  const nameStart = i
  if (isNameStart(text.charCodeAt(i))) while (isNameChar(text.charCodeAt(i))) i++
  const name = (parameter ? '%' : '') + text.slice(nameStart, i)
  // What stands between the name and the first quote or `>` says whether the value is external.
  let end = i
  while (end < text.length && !'"\'>'.includes(text.charAt(end))) end++
  const external = /\b(SYSTEM|PUBLIC)\b/.test(text.slice(i, end))
  stopScan(external ? xmlFindings.externalEntity(name) : xmlFindings.entity(name), start)
}
