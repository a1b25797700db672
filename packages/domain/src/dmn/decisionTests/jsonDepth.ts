/**
 * Deepest nesting of arrays and objects in a JSON text, found in one pass without parsing.
 * JSON.parse itself copes with any depth, but everything that later walks the values recursively
 * (comparison, cloning, serialising a report) would overflow the stack on a hostile 1 MiB file of
 * brackets; measuring first keeps such a file from getting that far.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c)
        i++ // backslash: skip the escaped character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x5b || char === 0x7b) {
      depth++
      if (depth > deepest) deepest = depth
    } else if (char === 0x5d || char === 0x7d) depth--
  }
  return deepest
}
