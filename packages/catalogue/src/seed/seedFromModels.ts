import { checkBausteinFolder, hasErrors, type Problem } from '@bauplan/domain'
import { SYSTEM_ACTOR } from '../lifecycle/actor'
import { ValidationError } from '../lifecycle/errors'
import { storedFilesOf, type FolderFiles } from '../lifecycle/folderFiles'
import { audit } from '../lifecycle/operationSupport'
import { runPublishingGate } from '../lifecycle/publishingGate'
import type { CheckFolder } from '../lifecycle/readDraftFolder'
import type { JsonObject } from '../model/json'
import type { CatalogueStore } from '../store'
import { dependencyOrder, type CheckedFolder } from './seedOrder'
import { ensureOrganisation, SEED_ORGANISATION } from './seedOrganisation'

/** Meta key recording that the reference catalogue was imported (value: when and what). */
export const MODELS_SEEDED_KEY = 'seed.models'

export interface SeedFolder {
  /** e.g. `bausteine/identitaet-pruefen`, for problems and the audit log. */
  name: string
  files: FolderFiles
}

export type SeedResult =
  { seeded: false } | { seeded: true; published: string[]; skipped: string[] }

function inFolder(name: string, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, file: `${name}/${p.file ?? ''}`.replace(/\/$/, '') }))
}

async function checkAll(
  folders: readonly SeedFolder[],
  checkFolder: CheckFolder
): Promise<CheckedFolder[]> {
  const checked: CheckedFolder[] = []
  const problems: Problem[] = []
  for (const folder of folders) {
    const check = await checkFolder(folder.files)
    if (check.metadata === undefined || hasErrors(check.problems)) {
      problems.push(
        ...inFolder(
          folder.name,
          check.problems.filter((p) => p.severity === 'error')
        )
      )
      continue
    }
    checked.push({ ...folder, check, id: check.metadata.id })
  }
  if (problems.length > 0) throw new ValidationError(problems)
  return checked
}

/**
 * Imports the reference folders (models/) as published versions, exactly once: a meta key records
 * the import, so restarts neither duplicate nor overwrite anything — not even blocks changed or
 * deprecated since. Blocks come before the procedures that call them, each passes the publishing
 * gate (references resolve, no cycles), and each gets an audit entry by the system actor under the
 * seeding organisation. All or nothing: one bad folder and nothing is imported.
 */
export async function seedFromModels(
  store: CatalogueStore,
  folders: readonly SeedFolder[],
  options: { checkFolder?: CheckFolder } = {}
): Promise<SeedResult> {
  if ((await store.getMeta(MODELS_SEEDED_KEY)) !== null) return { seeded: false }
  const checkFolder = options.checkFolder ?? ((files: FolderFiles) => checkBausteinFolder(files))
  const { ordered, cycles: found } = dependencyOrder(await checkAll(folders, checkFolder))
  if (found.length > 0) {
    const cycles = found.map((c) => [...c, c[0]].join(' → '))
    throw new ValidationError([
      {
        code: 'ref.cycle',
        severity: 'error',
        message: {
          de: `Die Referenzordner rufen sich zyklisch auf: ${cycles.join('; ')}.`,
          en: `The reference folders call each other in a cycle: ${cycles.join('; ')}.`,
        },
      },
    ])
  }
  return store.transaction(async (tx) => {
    if ((await tx.getMeta(MODELS_SEEDED_KEY)) !== null) return { seeded: false }
    await ensureOrganisation(tx, SEED_ORGANISATION)
    const published: string[] = []
    const skipped: string[] = []
    for (const folder of ordered) {
      const version = folder.check.metadata?.version ?? '1.0.0'
      // A block someone created before the first seeding is theirs: never overwrite it.
      if ((await tx.getBlock(folder.id)) !== null) {
        skipped.push(folder.id)
        continue
      }
      await importFolder(tx, folder, version, checkFolder)
      published.push(`${folder.id}@${version}`)
    }
    await tx.setMeta(
      MODELS_SEEDED_KEY,
      JSON.stringify({ at: new Date().toISOString(), published: published.length })
    )
    return { seeded: true, published, skipped }
  })
}

async function importFolder(
  tx: CatalogueStore,
  folder: CheckedFolder,
  version: string,
  checkFolder: CheckFolder
): Promise<void> {
  const key = { blockId: folder.id, version }
  // The validated metadata is the parsed baustein.json (a BOM or formatting does not matter).
  const metadata = folder.check.metadata as unknown as JsonObject
  await tx.createBlock({ id: folder.id, organisationId: SEED_ORGANISATION.id, createdBy: null })
  await tx.createDraft({ ...key, metadata, files: storedFilesOf(folder.files), createdBy: null })
  const gate = await runPublishingGate(tx, key, folder.files, checkFolder)
  if (!gate.passed) throw new ValidationError(inFolder(folder.name, gate.problems))
  await tx.setReferences(key, gate.references)
  await tx.resolveReferences(key, gate.resolutions)
  await tx.setVersionState({
    ...key,
    expected: 'entwurf',
    next: 'veroeffentlicht',
    kind: 'importiert',
    actorId: null,
    reason: `models/${folder.name}`,
  })
  await audit(tx, SYSTEM_ACTOR, 'version.imported', key, {
    source: `models/${folder.name}`,
    organisationId: SEED_ORGANISATION.id,
  })
}
