/**
 * `bauplan export --from DIR`: the blocks of a models/-format tree as a block source. DIR may be a
 * models root (with bausteine/ and verfahren/) or any folder whose sub-folders are blocks; every
 * folder is read with @bauplan/models' reader, so the folder limits apply before parsing.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { folderBlockSource, type BlockSource, type FolderInput } from '@bauplan/blueprint'
import { listModelFolders, readModelFolder } from '@bauplan/models'
import { CliError, errorText } from '../errors'
import { EXIT } from '../exitCodes'

export async function readBlockFolders(root: string): Promise<BlockSource> {
  let dirs: string[]
  try {
    dirs = await listModelFolders(root)
    if (dirs.length === 0) {
      const entries = await readdir(root, { withFileTypes: true })
      dirs = entries
        .filter((e) => e.isDirectory())
        .map((e) => path.join(root, e.name))
        .sort()
    }
  } catch (error) {
    throw new CliError(EXIT.failure, 'export.fromUnreadable', {
      de: `Der Ordner ${root} ist nicht lesbar (${errorText(error, 'de')}).`,
      en: `The folder ${root} cannot be read (${errorText(error, 'en')}).`,
    })
  }
  const folders: FolderInput[] = []
  for (const dir of dirs) {
    try {
      const folder = await readModelFolder(dir)
      if ('baustein.json' in folder.files) {
        folders.push({ name: path.relative(root, dir), files: folder.files })
      }
    } catch (error) {
      throw new CliError(EXIT.problems, 'export.folderUnreadable', {
        de: `${dir}: ${errorText(error, 'de')}`,
        en: `${dir}: ${errorText(error, 'en')}`,
      })
    }
  }
  if (folders.length === 0) {
    throw new CliError(EXIT.notFound, 'export.noFolders', {
      de: `In ${root} liegen keine Baustein-Ordner (mit baustein.json).`,
      en: `${root} contains no building-block folders (with baustein.json).`,
    })
  }
  return folderBlockSource(folders, { name: path.basename(root) || root, url: null })
}
