import type { Problem } from '../problem'

/**
 * The limits of one building-block folder (docs/models.md, "Limits"): checked before any file is
 * parsed, by the folder check, the upload API, the catalogue and the folder reader alike.
 */
export const FOLDER_LIMITS = {
  maxFiles: 20,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
} as const

const encoder = new TextEncoder()

export function folderLimitProblems(files: Readonly<Record<string, string>>): Problem[] {
  const names = Object.keys(files)
  const problems: Problem[] = []
  if (names.length > FOLDER_LIMITS.maxFiles) {
    problems.push({
      code: 'folder.tooManyFiles',
      severity: 'error',
      message: {
        de: `Der Ordner hat ${names.length} Dateien; erlaubt sind höchstens ${FOLDER_LIMITS.maxFiles}.`,
        en: `The folder has ${names.length} files; at most ${FOLDER_LIMITS.maxFiles} are allowed.`,
      },
    })
  }
  let total = 0
  for (const name of names) {
    const size = encoder.encode(files[name] ?? '').length
    total += size
    if (size > FOLDER_LIMITS.maxFileBytes) {
      problems.push({
        code: 'folder.fileTooLarge',
        severity: 'error',
        file: name,
        message: {
          de: `Die Datei „${name}“ ist ${size} Byte groß; erlaubt sind höchstens ${FOLDER_LIMITS.maxFileBytes} Byte (10 MiB).`,
          en: `The file "${name}" has ${size} bytes; at most ${FOLDER_LIMITS.maxFileBytes} bytes (10 MiB) are allowed.`,
        },
      })
    }
  }
  if (total > FOLDER_LIMITS.maxTotalBytes) {
    problems.push({
      code: 'folder.tooLarge',
      severity: 'error',
      message: {
        de: `Der Ordner ist zusammen ${total} Byte groß; erlaubt sind höchstens ${FOLDER_LIMITS.maxTotalBytes} Byte (25 MiB).`,
        en: `The folder has ${total} bytes in total; at most ${FOLDER_LIMITS.maxTotalBytes} bytes (25 MiB) are allowed.`,
      },
    })
  }
  return problems
}
