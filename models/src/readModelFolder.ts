/**
 * Reads building-block folders in the models/ format from disk. The checks themselves are pure
 * and live in @bauplan/domain; this file only does the I/O, with the size limits applied before a
 * byte is parsed.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FOLDER_LIMITS } from '@bauplan/domain'

/** The repository's models/ folder (reference building blocks and procedures). */
export const MODELS_DIR = fileURLToPath(new URL('..', import.meta.url))

/** Sub-folders of models/ that hold building-block folders, and what they contain. */
export const MODEL_COLLECTIONS = ['bausteine', 'verfahren'] as const
export type ModelCollection = (typeof MODEL_COLLECTIONS)[number]

/** The folder limits (from @bauplan/domain); each is checked here before a file is read. */
export { FOLDER_LIMITS }

export interface ModelFolder {
  /** Folder name, by convention the block's slug. */
  slug: string
  dir: string
  /** File name → UTF-8 text, for every regular file in the folder. */
  files: Record<string, string>
}

export class FolderReadError extends Error {
  constructor(
    message: string,
    readonly dir: string
  ) {
    super(message)
  }
}

export async function readModelFolder(dir: string): Promise<ModelFolder> {
  const entries = await readdir(dir, { withFileTypes: true })
  const fileEntries = entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))
  if (fileEntries.length > FOLDER_LIMITS.maxFiles) {
    throw new FolderReadError(
      `${dir}: ${fileEntries.length} Dateien, höchstens ${FOLDER_LIMITS.maxFiles} erlaubt / ${fileEntries.length} files, at most ${FOLDER_LIMITS.maxFiles} allowed`,
      dir
    )
  }
  const files: Record<string, string> = {}
  let total = 0
  for (const entry of fileEntries) {
    const file = path.join(dir, entry.name)
    const { size } = await stat(file)
    total += size
    if (size > FOLDER_LIMITS.maxFileBytes || total > FOLDER_LIMITS.maxTotalBytes) {
      throw new FolderReadError(
        `${file}: zu groß (Datei höchstens ${FOLDER_LIMITS.maxFileBytes} Byte, Ordner ${FOLDER_LIMITS.maxTotalBytes} Byte) / too large (file at most ${FOLDER_LIMITS.maxFileBytes} bytes, folder ${FOLDER_LIMITS.maxTotalBytes} bytes)`,
        dir
      )
    }
    files[entry.name] = await readFile(file, 'utf8')
  }
  return { slug: path.basename(dir), dir, files }
}

/** Every building-block folder under the given models root, in a stable order. */
export async function listModelFolders(root: string = MODELS_DIR): Promise<string[]> {
  const folders: string[] = []
  for (const collection of MODEL_COLLECTIONS) {
    const base = path.join(root, collection)
    const entries = await readdir(base, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isDirectory()) folders.push(path.join(base, entry.name))
    }
  }
  return folders.sort()
}

export async function readAllModelFolders(root: string = MODELS_DIR): Promise<ModelFolder[]> {
  const dirs = await listModelFolders(root)
  return Promise.all(dirs.map((dir) => readModelFolder(dir)))
}
