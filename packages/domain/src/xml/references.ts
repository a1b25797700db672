import { isForbiddenControl, isNameChar, isNameStart, PREDEFINED_ENTITIES } from './characters'
import { stopMalformed, stopScan } from './scanStop'
import { xmlFindings } from './xmlProblems'

const HASH = 0x23
const SEMICOLON = 0x3b
const LOWER_X = 0x78

/**
 * Checks the reference that starts with `&` at `amp` and returns the offset after its `;`.
 * Without a DTD only the five predefined entities exist; any other name would need a declaration,
 * and declarations are what entity-expansion attacks are made of, so it is refused as `xml.entity`.
 */
export function checkReference(text: string, amp: number): number {
  let i = amp + 1
  if (text.charCodeAt(i) === HASH) {
    const hex = text.charCodeAt(i + 1) === LOWER_X
    const base = hex ? 16 : 10
    i += hex ? 2 : 1
    const digitsStart = i
    let codePoint = 0
    for (; i < text.length; i++) {
      const digit = parseInt(text.charAt(i), base)
      if (Number.isNaN(digit)) break
      // Clamp so a thousand digits cannot overflow into a seemingly valid value.
      codePoint = Math.min(codePoint * base + digit, 0x110000)
    }
    if (i === digitsStart || text.charCodeAt(i) !== SEMICOLON || !isAllowedCodePoint(codePoint)) {
      stopMalformed(amp, 'Ungültige Zeichenreferenz.', 'Invalid character reference.')
    }
    return i + 1
  }
  if (!isNameStart(text.charCodeAt(i))) loneAmpersand(amp)
  while (isNameChar(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) !== SEMICOLON) loneAmpersand(amp)
  const name = text.slice(amp + 1, i)
  if (!(name in PREDEFINED_ENTITIES)) stopScan(xmlFindings.entity(name), amp)
  return i + 1
}

function loneAmpersand(amp: number): never {
  stopMalformed(
    amp,
    '„&“ muss eine Referenz wie &amp; beginnen; ein einzelnes & bitte als &amp; schreiben.',
    '"&" must start a reference such as &amp;; write a lone & as &amp;.'
  )
}

function isAllowedCodePoint(codePoint: number): boolean {
  if (codePoint > 0x10ffff || codePoint === 0 || isForbiddenControl(codePoint)) return false
  const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff
  return !surrogate && codePoint !== 0xfffe && codePoint !== 0xffff
}
