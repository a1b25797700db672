import type { LocalizedText, Problem } from '@bauplan/domain'
import { checkBausteinFolder, satisfiesRange } from '@bauplan/domain'
import { isAdmin, type Actor } from '../lifecycle/actor'
import { StateConflictError, ValidationError } from '../lifecycle/errors'
import { storedFilesOf, type FolderFiles } from '../lifecycle/folderFiles'
import { audit } from '../lifecycle/operationSupport'
import { runPublishingGate } from '../lifecycle/publishingGate'
import type { CheckFolder } from '../lifecycle/readDraftFolder'
import { requireCurator } from '../lifecycle/rights'
import { NotFoundError } from '../errors'
import type { ReferenceResolution, VersionKey } from '../model/inputs'
import type { JsonObject } from '../model/json'
import type { VersionState } from '../model/vocabulary'
import type { CatalogueStore } from '../store'
import { recordOrigin } from './federationOrigin'
import type {
  FederatedVersion,
  FederationImportInput,
  FederationImportResult,
} from './federationTypes'
import { importOrder } from './importOrder'

const ACTION: LocalizedText = { de: 'Blaupause importieren', en: 'Import a blueprint' }

/**
 * Version-order rules of the publishing gate that do not apply to federation: the versions were
 * numbered and published at their origin, and importing an older version next to a newer one
 * is legitimate. Every other gate check (domain checks, references, cycles, rules) still applies.
 */
const ORIGIN_NUMBERED = new Set([
  'version.notGreater',
  'version.bumpTooSmall',
  'version.skipsVersions',
])

/**
 * Imports published versions from another catalogue (federation): each becomes a published version
 * here, with its references pinned to the versions its origin pinned and its origin recorded. A
 * version that exists here with the same content hash is left alone; one with a different hash (or
 * still a draft) is a conflict — versions are never overwritten. All or nothing, in one
 * transaction, audited. Curators of the target organisation (or of a coordination body) and admins
 * may import.
 */
export async function importFederatedVersions(
  store: CatalogueStore,
  actor: Actor,
  input: FederationImportInput,
  options: { checkFolder?: CheckFolder } = {}
): Promise<FederationImportResult> {
  if (!isAdmin(actor)) await requireCurator(store, actor, input.organisationId, ACTION)
  if ((await store.getOrganisation(input.organisationId)) === null) {
    throw new NotFoundError('organisation', input.organisationId)
  }
  const checkFolder = options.checkFolder ?? ((files: FolderFiles) => checkBausteinFolder(files))
  const ordered = importOrder(input.versions)
  return store.transaction(async (tx) => {
    const result: FederationImportResult = { created: [], unchanged: [] }
    for (const version of ordered) {
      const key = { blockId: version.blockId, version: version.version }
      const existing = await tx.getVersion(key)
      if (existing !== null) {
        if (existing.contentHash === version.origin.contentHash) {
          result.unchanged.push(key)
          continue
        }
        throw conflict(key, existing.state, existing.contentHash, version.origin.contentHash)
      }
      await importVersion(tx, actor, input, version, checkFolder)
      result.created.push(key)
    }
    await tx.appendAudit({
      actorId: actor.userId,
      action: 'blueprint.imported',
      details: {
        source: input.source,
        organisationId: input.organisationId,
        created: result.created.map((k) => `${k.blockId}@${k.version}`),
        unchanged: result.unchanged.map((k) => `${k.blockId}@${k.version}`),
      },
    })
    return result
  })
}

async function importVersion(
  tx: CatalogueStore,
  actor: Actor,
  input: FederationImportInput,
  version: FederatedVersion,
  checkFolder: CheckFolder
): Promise<void> {
  const key: VersionKey = { blockId: version.blockId, version: version.version }
  const label = `${key.blockId}@${key.version}`
  const check = await checkFolder(version.files)
  if (check.metadata === undefined) throw new ValidationError(inVersion(label, check.problems))
  if ((await tx.getBlock(key.blockId)) === null) {
    await tx.createBlock({
      id: key.blockId,
      organisationId: input.organisationId,
      createdBy: actor.userId,
    })
  }
  await tx.createDraft({
    ...key,
    metadata: check.metadata as unknown as JsonObject,
    files: storedFilesOf(version.files),
    createdBy: actor.userId,
  })
  const gate = await runPublishingGate(tx, key, version.files, checkFolder)
  const problems = gate.problems.filter((p) => !ORIGIN_NUMBERED.has(p.code))
  const resolutions = await lockedResolutions(tx, label, version, gate.references, problems)
  if (problems.some((p) => p.severity === 'error')) {
    throw new ValidationError(inVersion(label, problems))
  }
  await tx.setReferences(key, gate.references)
  await tx.resolveReferences(key, resolutions)
  await tx.setVersionState({
    ...key,
    expected: 'entwurf',
    next: 'veroeffentlicht',
    kind: 'importiert',
    actorId: actor.userId,
    reason: `federation: ${version.origin.catalogue.name}`,
  })
  const published = await tx.getVersion(key)
  if (published?.contentHash !== version.origin.contentHash) {
    throw new ValidationError([
      {
        code: 'federation.contentHashMismatch',
        severity: 'error',
        message: {
          de: `${label}: Der hier berechnete Inhalts-Hash ${published?.contentHash ?? '—'} weicht vom Hash des Ursprungskatalogs ${version.origin.contentHash} ab; der Inhalt ist nicht der dort veröffentlichte. Nichts wurde importiert.`,
          en: `${label}: the content hash computed here, ${published?.contentHash ?? '—'}, differs from the origin catalogue's hash ${version.origin.contentHash}; the content is not the one published there. Nothing was imported.`,
        },
      },
    ])
  }
  await recordOrigin(tx, key, version.origin)
  await audit(tx, actor, 'version.federated', key, {
    source: input.source,
    originCatalogue: version.origin.catalogue.name,
    originUrl: version.origin.catalogue.url,
    originPublishedAt: version.origin.publishedAt,
    contentHash: version.origin.contentHash,
  })
}

/**
 * The references pinned exactly as at the origin (not the highest version here), so that an export
 * from this catalogue resolves the same blocks as one from the origin.
 */
async function lockedResolutions(
  tx: CatalogueStore,
  label: string,
  version: FederatedVersion,
  references: readonly { targetBlockId: string; range: string }[],
  problems: Problem[]
): Promise<ReferenceResolution[]> {
  const resolutions: ReferenceResolution[] = []
  for (const reference of references) {
    const locked = version.lockedReferences[reference.targetBlockId]
    const target =
      locked === undefined
        ? null
        : await tx.getVersion({ blockId: reference.targetBlockId, version: locked })
    const published = target?.state === 'veroeffentlicht' || target?.state === 'abgekuendigt'
    if (locked === undefined || !published || !satisfiesRange(locked, reference.range)) {
      problems.push({
        code: 'federation.lockMismatch',
        severity: 'error',
        message: {
          de: `${label} ruft ${reference.targetBlockId} (${reference.range}) auf, aber die Version aus dem Lock (${locked ?? 'keine'}) ist hier nicht veröffentlicht oder liegt nicht im Bereich.`,
          en: `${label} calls ${reference.targetBlockId} (${reference.range}), but the locked version (${locked ?? 'none'}) is not published here or not in the range.`,
        },
      })
      continue
    }
    resolutions.push({ targetBlockId: reference.targetBlockId, resolvedVersion: locked })
  }
  return resolutions
}

function inVersion(label: string, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, file: `${label}/${p.file ?? ''}`.replace(/\/$/, '') }))
}

function conflict(
  key: VersionKey,
  state: VersionState,
  here: string | null,
  origin: string
): StateConflictError {
  const label = `${key.blockId}@${key.version}`
  return new StateConflictError(
    state,
    [],
    {
      de: `${label} gibt es hier schon mit anderem Inhalt (Status ${state}, Hash ${here ?? 'noch keiner'}; importiert werden sollte ${origin}). Versionen werden nie überschrieben; nichts wurde importiert.`,
      en: `${label} already exists here with other content (state ${state}, hash ${here ?? 'none yet'}; the import has ${origin}). Versions are never overwritten; nothing was imported.`,
    },
    'federation.versionConflict'
  )
}
