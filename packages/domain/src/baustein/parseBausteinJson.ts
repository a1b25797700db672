// Reads metadata text into a value, refusing oversized text and explaining syntax errors with
// line and column. Schema validation is a separate step (validateBaustein).
import type { Problem } from '../problem'
import { jsonSyntaxMessage } from './jsonSyntaxMessages'
import { locateJsonSyntaxError } from './locateJsonSyntaxError'
import { lineAndColumn } from './textPosition'

/** 1 MiB. Real metadata is a few kilobytes; the limit keeps hostile uploads from tying up a server. */
export const BAUSTEIN_JSON_MAX_BYTES = 1024 * 1024

export type BausteinJsonParseResult =
  { ok: true; value: unknown } | { ok: false; problems: Problem[] }

export function parseBausteinJson(text: string): BausteinJsonParseResult {
  const bytes = utf8ByteLengthUpTo(text, BAUSTEIN_JSON_MAX_BYTES + 1)
  if (bytes > BAUSTEIN_JSON_MAX_BYTES) return { ok: false, problems: [tooLargeProblem()] }

  // Editors on Windows like to save a byte order mark; it is invisible and carries no meaning.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(json) as unknown }
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(json, error)] }
  }
}

function tooLargeProblem(): Problem {
  const mib = BAUSTEIN_JSON_MAX_BYTES / (1024 * 1024)
  return {
    code: 'json.tooLarge',
    severity: 'error',
    message: {
      de: `Die Metadaten sind größer als ${mib} MiB (${BAUSTEIN_JSON_MAX_BYTES} Byte) und werden nicht gelesen. Metadaten eines Bausteins sind üblicherweise wenige Kilobyte groß; lange Texte oder eingebettete Dateien gehören nicht hinein.`,
      en: `The metadata is larger than ${mib} MiB (${BAUSTEIN_JSON_MAX_BYTES} bytes) and is not read. Metadata of a building block is usually a few kilobytes; long texts or embedded files do not belong in it.`,
    },
  }
}

function syntaxProblem(json: string, error: unknown): Problem {
  const located = locateJsonSyntaxError(json)
  if (located === undefined) {
    // Our scanner accepts what the engine rejected; fall back to the engine's own words.
    const detail = error instanceof Error ? error.message : String(error)
    return {
      code: 'json.syntax',
      severity: 'error',
      message: {
        de: `Die Datei ist kein gültiges JSON: ${detail}`,
        en: `The file is not valid JSON: ${detail}`,
      },
    }
  }
  const { line, column } = lineAndColumn(json, located.offset)
  const reason = jsonSyntaxMessage(located.reason)
  return {
    code: 'json.syntax',
    severity: 'error',
    line,
    column,
    message: {
      de: `Kein gültiges JSON in Zeile ${line}, Spalte ${column}: ${reason.de}`,
      en: `Invalid JSON at line ${line}, column ${column}: ${reason.en}`,
    },
  }
}

/** UTF-8 length of `text`, counting no further than `limit` so huge input costs little. */
export function utf8ByteLengthUpTo(text: string, limit: number): number {
  // Every UTF-16 code unit takes at least one UTF-8 byte.
  if (text.length >= limit) return limit
  let bytes = 0
  for (let i = 0; i < text.length && bytes < limit; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4 // a surrogate pair is one code point above U+FFFF
      i++
    } else bytes += 3 // includes lone surrogates, which encoders replace by U+FFFD (3 bytes)
  }
  return Math.min(bytes, limit)
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
