/**
 * Counts the UTF-8 bytes a string encodes to without building the encoded copy, so measuring a
 * (possibly huge, hostile) upload costs no extra memory. Runs in the browser too: no Buffer.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point above U+FFFF: four bytes in UTF-8.
      bytes += 4
      i++
    } else bytes += 3 // includes lone surrogates, which TextEncoder writes as U+FFFD (3 bytes)
  }
  return bytes
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}
