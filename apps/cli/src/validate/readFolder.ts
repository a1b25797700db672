/**
 * Reads one building-block folder for `validate` with @bauplan/models' reader (which applies the
 * folder limits before a byte is parsed) and turns every way that can fail into a Problem, so one
 * unreadable folder is reported beside the others instead of aborting the run.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Problem } from '@bauplan/domain'
import { FOLDER_LIMITS, FolderReadError, readModelFolder } from '@bauplan/models'

export type FolderReadResult = { files: Record<string, string> } | { problem: Problem }

const MIB = 1024 * 1024

export async function readFolder(dir: string): Promise<FolderReadResult> {
  try {
    const folder = await readModelFolder(dir)
    return { files: folder.files }
  } catch (error) {
    return { problem: await problemOf(dir, error) }
  }
}

async function problemOf(dir: string, error: unknown): Promise<Problem> {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') {
    return problem('cli.folderNotFound', {
      de: 'Den Ordner gibt es nicht.',
      en: 'The folder does not exist.',
    })
  }
  if (code === 'ENOTDIR') {
    return problem('cli.notAFolder', {
      de: 'Das ist kein Ordner. Geben Sie den Ordner eines Bausteins an (mit baustein.json darin).',
      en: 'This is not a folder. Give the folder of a building block (with baustein.json in it).',
    })
  }
  if (error instanceof FolderReadError) return limitProblem(dir)
  const reason = error instanceof Error ? error.message : String(error)
  return problem('cli.folderUnreadable', {
    de: `Der Ordner ist nicht lesbar: ${reason}`,
    en: `The folder cannot be read: ${reason}`,
  })
}

/** Names the limit that was hit (the reader's own message is one string in both languages). */
async function limitProblem(dir: string): Promise<Problem> {
  const limits = `${FOLDER_LIMITS.maxFiles} / ${FOLDER_LIMITS.maxFileBytes / MIB} MiB / ${FOLDER_LIMITS.maxTotalBytes / MIB} MiB`
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile())
  if (entries.length > FOLDER_LIMITS.maxFiles) {
    return problem('folder.tooManyFiles', {
      de: `Der Ordner enthält ${entries.length} Dateien; erlaubt sind höchstens ${FOLDER_LIMITS.maxFiles} (Grenzen: Dateien / je Datei / zusammen: ${limits}).`,
      en: `The folder contains ${entries.length} files; at most ${FOLDER_LIMITS.maxFiles} are allowed (limits: files / per file / in total: ${limits}).`,
    })
  }
  for (const entry of entries) {
    const { size } = await stat(path.join(dir, entry.name))
    if (size > FOLDER_LIMITS.maxFileBytes) {
      return {
        ...problem('folder.fileTooLarge', {
          de: `Die Datei ist ${size} Byte groß; erlaubt sind höchstens ${FOLDER_LIMITS.maxFileBytes / MIB} MiB je Datei. Sie wurde nicht gelesen.`,
          en: `The file is ${size} bytes; at most ${FOLDER_LIMITS.maxFileBytes / MIB} MiB per file are allowed. It was not read.`,
        }),
        file: entry.name,
      }
    }
  }
  return problem('folder.tooLarge', {
    de: `Die Dateien des Ordners sind zusammen größer als ${FOLDER_LIMITS.maxTotalBytes / MIB} MiB. Der Ordner wurde nicht gelesen.`,
    en: `The folder's files together exceed ${FOLDER_LIMITS.maxTotalBytes / MIB} MiB. The folder was not read.`,
  })
}

function problem(code: string, message: Problem['message']): Problem {
  return { code, severity: 'error', message }
}
