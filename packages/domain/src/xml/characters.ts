/**
 * Character classes of the XML 1.0 grammar, reduced to what a pre-parser needs. Names are checked
 * generously (any non-ASCII character is accepted) because the real parser checks them again; the
 * scanner only has to find where a name ends and refuse obvious garbage such as `<1>` or `< a>`.
 */

export function isWhitespace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d
}

export function isNameStart(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) || // a-z
    (unit >= 0x41 && unit <= 0x5a) || // A-Z
    unit === 0x5f || // _
    unit === 0x3a || // :
    unit >= 0xc0
  )
}

export function isNameChar(unit: number): boolean {
  return (
    isNameStart(unit) ||
    (unit >= 0x30 && unit <= 0x39) || // 0-9
    unit === 0x2d || // -
    unit === 0x2e || // .
    unit === 0xb7
  )
}

/** XML 1.0 forbids C0 control characters other than tab, LF and CR anywhere in a document. */
export function isForbiddenControl(unit: number): boolean {
  return unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d
}

/** The five entities every XML document knows without a DTD. */
export const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/**
 * Replaces predefined entity and character references in a raw attribute value. Only used on
 * values the scanner already accepted, so unknown references cannot occur; they are left as is.
 */
export function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16))
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10))
    return PREDEFINED_ENTITIES[body] ?? whole
  })
}
