import type { Problem } from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import { BUNDLE_LIMITS, type BundleLimits } from './limits'
import { readZipSafely } from './readZipSafely'
import { ZipRefusal, type ZipRefusalReason } from './zipRefusal'

/**
 * Reads a bundle archive with the strict bundle rules of readZipSafely (bundle paths, duplicates
 * ignoring case, compression ratio, stop at the declared size). Returns path → bytes in path
 * order; every refusal is a BlueprintError of kind `unsafeArchive`.
 */
export function readBundleZip(
  archive: Uint8Array,
  limits: BundleLimits = BUNDLE_LIMITS
): Map<string, Uint8Array> {
  let inflated: Map<string, Uint8Array>
  try {
    inflated = readZipSafely(archive, { limits })
  } catch (error) {
    throw error instanceof ZipRefusal ? bundleRefusal(error.reason) : error
  }
  return new Map([...inflated].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function bundleRefusal(reason: ZipRefusalReason): BlueprintError {
  switch (reason.kind) {
    case 'archiveTooLarge':
      return unsafe('blueprint.archiveTooLarge', {
        de: `Das Archiv ist ${reason.size} Byte groß; erlaubt sind höchstens ${reason.limit} Byte.`,
        en: `The archive is ${reason.size} bytes; at most ${reason.limit} bytes are allowed.`,
      })
    case 'tooManyEntries':
      return unsafe('blueprint.tooManyEntries', {
        de: `Das Archiv hat mehr als ${reason.limit} Einträge.`,
        en: `The archive has more than ${reason.limit} entries.`,
      })
    case 'unsafePath':
      return unsafe(
        'blueprint.unsafePath',
        {
          de: `Der Eintrag „${reason.path}“ hat einen unzulässigen Pfad (absolut, mit „..“, Laufwerk, Backslash, Ordnereintrag oder Sonderzeichen); so könnte er außerhalb des Zielordners landen.`,
          en: `The entry "${reason.path}" has a forbidden path (absolute, with "..", a drive, a backslash, a folder entry or special characters); it could end up outside the target folder.`,
        },
        reason.path
      )
    case 'duplicateEntry':
      return unsafe(
        'blueprint.duplicateEntry',
        {
          de: `Der Eintrag „${reason.path}“ kommt doppelt vor (Groß-/Kleinschreibung zählt nicht).`,
          en: `The entry "${reason.path}" occurs twice (ignoring case).`,
        },
        reason.path
      )
    case 'unsupportedCompression':
      return unsafe(
        'blueprint.unsupportedCompression',
        {
          de: `„${reason.path}“ ist mit Verfahren ${reason.method} komprimiert; nur „stored“ (0) und „deflate“ (8) werden gelesen.`,
          en: `"${reason.path}" uses compression method ${reason.method}; only stored (0) and deflate (8) are read.`,
        },
        reason.path
      )
    case 'compressionRatio':
      return unsafe(
        'blueprint.compressionRatio',
        {
          de: `„${reason.path}“ würde auf das ${Math.round(reason.ratio)}-Fache entpackt (erlaubt: ${reason.limit}); das Archiv wird als Zip-Bombe abgelehnt.`,
          en: `"${reason.path}" would expand ${Math.round(reason.ratio)}-fold (allowed: ${reason.limit}); the archive is refused as a zip bomb.`,
        },
        reason.path
      )
    case 'entryTooLarge':
      return unsafe(
        'blueprint.entryTooLarge',
        {
          de: `„${reason.path}“ ist entpackt größer als ${reason.limit} Byte.`,
          en: `"${reason.path}" is larger than ${reason.limit} bytes uncompressed.`,
        },
        reason.path
      )
    case 'totalTooLarge':
      return unsafe('blueprint.totalTooLarge', {
        de: `Das Archiv würde auf mehr als ${reason.limit} Byte entpackt.`,
        en: `The archive would expand to more than ${reason.limit} bytes.`,
      })
    // An entry the directory lists but no local header holds inflated to nothing: a mismatch too.
    case 'sizeMismatch':
    case 'missingEntry':
      return unsafe(
        'blueprint.sizeMismatch',
        {
          de: `„${reason.path}“ ergibt entpackt eine andere Größe, als das Inhaltsverzeichnis des Archivs angibt; das Archiv ist beschädigt oder manipuliert.`,
          en: `"${reason.path}" inflates to a different size than the archive's directory declares; the archive is damaged or tampered with.`,
        },
        reason.path
      )
    case 'corrupt': {
      const detail = reason.cause instanceof Error ? reason.cause.message : String(reason.cause)
      return unsafe('blueprint.corruptArchive', {
        de: `Das Archiv ist kein lesbares Zip (${detail}).`,
        en: `The archive is not a readable zip (${detail}).`,
      })
    }
  }
}

function unsafe(code: string, message: Problem['message'], file?: string): BlueprintError {
  return new BlueprintError('unsafeArchive', [
    blueprintProblem(code, message, file !== undefined ? { file } : {}),
  ])
}
