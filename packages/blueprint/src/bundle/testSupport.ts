// Test helpers: the reference models as a block source, and bundles built from them.
import { readAllModelFolders, MODELS_DIR } from '@bauplan/models'
import path from 'node:path'
import { folderBlockSource, type FolderInput } from '../source/folderSource'
import type { BlockSource } from '../source/blockSource'
import { resolveProcedure } from '../resolve/resolveProcedure'
import { buildBundle, type Bundle, type BundleRequest } from './buildBundle'

let folders: Promise<FolderInput[]> | undefined

/** The folders of models/ (read once per test file). */
export function referenceFolders(): Promise<FolderInput[]> {
  folders ??= readAllModelFolders().then((all) =>
    all.map((folder) => ({ name: path.relative(MODELS_DIR, folder.dir), files: folder.files }))
  )
  return folders
}

export async function referenceSource(): Promise<BlockSource> {
  return folderBlockSource(await referenceFolders(), { name: 'models/', url: null })
}

export const PROCEDURE_SLUGS = [
  'baugenehmigung-beantragen',
  'bewohnerparkausweis-beantragen',
  'gewerbe-anmelden',
  'hundesteuer-anmelden',
  'meldebescheinigung-beantragen',
  'wohngeld-mietzuschuss-beantragen',
] as const

export const procedureId = (slug: string) => `urn:bauplan:baustein:sn:${slug}`

export async function referenceBundle(
  slug: string,
  request: BundleRequest = { part: 'all' },
  source?: BlockSource
): Promise<Bundle> {
  const resolution = await resolveProcedure(
    source ?? (await referenceSource()),
    procedureId(slug),
    '1.0.0'
  )
  return buildBundle(resolution, request)
}
