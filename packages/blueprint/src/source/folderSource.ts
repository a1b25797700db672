import { METADATA_FILE, parseBausteinJson } from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import type { BlockSource, CatalogueInfo, SourceBlock } from './blockSource'
import { contentHashOf } from './contentHash'

/** A building-block folder in the models/ format, already read: its name and file name → text. */
export interface FolderInput {
  /** Where it came from (e.g. `verfahren/gewerbe-anmelden`), for messages. */
  name: string
  files: Readonly<Record<string, string>>
}

/**
 * A set of folders as a block source, for `bauplan export --from DIR` (no server). Every folder is
 * one published version of the block its `baustein.json` names; the content hash is computed the
 * way the catalogue computes it, so a bundle built from a folder and one built from the catalogue
 * after publishing the same folder name the same hashes.
 */
export function folderBlockSource(
  folders: readonly FolderInput[],
  catalogue: CatalogueInfo = { name: 'models/', url: null }
): BlockSource {
  const byKey = new Map<string, SourceBlock>()
  const versionsById = new Map<string, string[]>()
  for (const folder of folders) {
    const block = blockOf(folder, catalogue)
    const key = `${block.id}@${block.version}`
    if (byKey.has(key)) {
      throw new BlueprintError('unresolved', [
        blueprintProblem(
          'blueprint.duplicateFolder',
          {
            de: `${key} liegt in zwei Ordnern (zuletzt ${folder.name}); jede Version darf nur einmal vorkommen.`,
            en: `${key} is in two folders (the second is ${folder.name}); each version may occur only once.`,
          },
          { file: folder.name }
        ),
      ])
    }
    byKey.set(key, block)
    versionsById.set(block.id, [...(versionsById.get(block.id) ?? []), block.version])
  }
  return {
    catalogue,
    versions: (blockId) => Promise.resolve(versionsById.get(blockId) ?? []),
    load: (blockId, version) => Promise.resolve(byKey.get(`${blockId}@${version}`) ?? null),
  }
}

function blockOf(folder: FolderInput, origin: CatalogueInfo): SourceBlock {
  const text = folder.files[METADATA_FILE]
  const parsed = text === undefined ? undefined : parseBausteinJson(text)
  const metadata = parsed?.ok === true ? parsed.value : undefined
  const id = field(metadata, 'id')
  const version = field(metadata, 'version')
  if (id === undefined || version === undefined) {
    throw new BlueprintError('unresolved', [
      blueprintProblem(
        'blueprint.unreadableFolder',
        {
          de: `${folder.name}: ${METADATA_FILE} fehlt, ist kein JSON oder nennt keine id und version; prüfen Sie den Ordner mit „bauplan validate“.`,
          en: `${folder.name}: ${METADATA_FILE} is missing, not JSON, or names no id and version; check the folder with "bauplan validate".`,
        },
        { file: `${folder.name}/${METADATA_FILE}` }
      ),
    ])
  }
  const files = Object.fromEntries(
    Object.entries(folder.files).filter(([name]) => name !== METADATA_FILE)
  )
  return {
    id,
    version,
    metadata,
    files,
    contentHash: contentHashOf(metadata, files),
    origin,
    publishedAt: null,
  }
}

function field(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const found = (value as Record<string, unknown>)[name]
  return typeof found === 'string' && found !== '' ? found : undefined
}
