import type { LocalizedText } from '@bauplan/domain'
import { NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { JsonObject } from '../model/json'
import type { Block, BlockVersion, VersionFile } from '../model/records'
import type { CasResult } from '../model/results'
import type { VersionState } from '../model/vocabulary'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { StateConflictError } from './errors'
import { folderOf, type FolderFiles } from './folderFiles'

export async function requireBlock(store: CatalogueStore, blockId: string): Promise<Block> {
  const block = await store.getBlock(blockId)
  if (block === null) throw new NotFoundError('block', blockId)
  return block
}

export async function requireVersion(
  store: CatalogueStore,
  key: VersionKey
): Promise<BlockVersion> {
  const version = await store.getVersion(key)
  if (version === null) throw new NotFoundError('version', `${key.blockId}@${key.version}`)
  return version
}

const STATE_NAMES: Record<VersionState, LocalizedText> = {
  entwurf: { de: 'Entwurf', en: 'draft' },
  in_pruefung: { de: 'In Prüfung', en: 'in review' },
  veroeffentlicht: { de: 'Veröffentlicht', en: 'published' },
  abgekuendigt: { de: 'Abgekündigt', en: 'deprecated' },
}

export function stateName(state: VersionState): LocalizedText {
  return STATE_NAMES[state]
}

/** 409 unless the version is in one of the expected states. */
export function requireState(
  version: BlockVersion,
  expected: readonly VersionState[],
  action: LocalizedText
): void {
  if (expected.includes(version.state)) return
  throw wrongState(version, version.state, expected, action)
}

function wrongState(
  key: VersionKey,
  current: VersionState,
  expected: readonly VersionState[],
  action: LocalizedText
): StateConflictError {
  const de = expected.map((s) => `„${STATE_NAMES[s].de}“`).join(' oder ')
  const en = expected.map((s) => `"${STATE_NAMES[s].en}"`).join(' or ')
  return new StateConflictError(current, expected, {
    de: `${action.de}: ${key.blockId}@${key.version} ist „${STATE_NAMES[current].de}“, erwartet wird ${de}.`,
    en: `${action.en}: ${key.blockId}@${key.version} is "${STATE_NAMES[current].en}", expected ${en}.`,
  })
}

/** Unwraps a compare-and-set result; a lost race becomes a 409 like any other wrong state. */
export function casValue(
  key: VersionKey,
  result: CasResult<BlockVersion>,
  action: LocalizedText
): BlockVersion {
  if (result.ok) return result.value
  const { conflict } = result
  if (conflict.kind === 'state') {
    throw wrongState(key, conflict.actual, [conflict.expected], action)
  }
  throw new StateConflictError(
    'entwurf',
    ['entwurf'],
    {
      de: `${action.de}: ${key.blockId}@${key.version} wurde inzwischen geändert (Revision ${conflict.actual} statt ${conflict.expected}); bitte neu laden.`,
      en: `${action.en}: ${key.blockId}@${key.version} was changed meanwhile (revision ${conflict.actual} instead of ${conflict.expected}); please reload.`,
    },
    'lifecycle.revisionConflict'
  )
}

export async function readFiles(store: CatalogueStore, key: VersionKey): Promise<VersionFile[]> {
  const files: VersionFile[] = []
  for (const info of await store.listFiles(key)) {
    const file = await store.getFile({ ...key, name: info.name })
    if (file !== null) files.push(file)
  }
  return files
}

export async function readFolder(
  store: CatalogueStore,
  version: BlockVersion
): Promise<FolderFiles> {
  return folderOf(version.metadata, await readFiles(store, version))
}

/** Appends the audit entry of an operation (inside the operation's transaction). */
export async function audit(
  store: CatalogueStore,
  actor: Actor,
  action: string,
  key: { blockId: string; version?: string | null },
  details: JsonObject = {}
): Promise<void> {
  await store.appendAudit({
    actorId: actor.userId,
    action,
    blockId: key.blockId,
    version: key.version ?? null,
    details,
  })
}
