/** Reads a bundle file for verify/import, refusing an oversized one before reading it. */
import { readFile, stat } from 'node:fs/promises'
import { BUNDLE_LIMITS } from '@bauplan/blueprint'
import { CliError, errorText } from '../errors'
import { EXIT } from '../exitCodes'

export async function readBundleFile(file: string): Promise<Uint8Array> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new CliError(missing ? EXIT.notFound : EXIT.failure, 'verify.unreadable', {
      de: missing
        ? `Die Datei ${file} gibt es nicht.`
        : `${file} ist nicht lesbar (${errorText(error, 'de')}).`,
      en: missing
        ? `The file ${file} does not exist.`
        : `${file} cannot be read (${errorText(error, 'en')}).`,
    })
  }
  if (size > BUNDLE_LIMITS.maxArchiveBytes) {
    throw new CliError(EXIT.problems, 'blueprint.archiveTooLarge', {
      de: `${file} ist ${size} Byte groß; ein Bundle darf höchstens ${BUNDLE_LIMITS.maxArchiveBytes} Byte groß sein.`,
      en: `${file} is ${size} bytes; a bundle may be at most ${BUNDLE_LIMITS.maxArchiveBytes} bytes.`,
    })
  }
  return new Uint8Array(await readFile(file))
}
