import { maxSatisfying, METADATA_FILE, satisfiesRange, type Baustein } from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import type { BlockSource, CatalogueInfo, SourceBlock } from '../source/blockSource'
import { prettyCanonicalJson } from '../source/prettyCanonicalJson'
import { referencesOf } from './readReferences'

/** Who asked for a dependency, and with which range. */
export interface Requester {
  blockId: string
  version: string
  range: string
}

/** What the lock records about each resolved block beyond its files. */
export interface ResolvedBlockInfo {
  origin: CatalogueInfo
  publishedAt: string | null
  requestedBy: Requester[]
}

export interface Resolution {
  procedure: ResolvedProcedure
  /** Keyed by block id (each id is resolved to exactly one version). */
  info: ReadonlyMap<string, ResolvedBlockInfo>
  catalogue: CatalogueInfo
}

/**
 * Resolves a block version and everything it calls, transitively, to exact versions: the version
 * pinned at publication when the source knows it (catalogue), else the highest version in the
 * range (folders). Each id ends up with one version; two callers that need different versions of
 * the same block are a conflict, because a bundle holds each block once. Any missing block is an
 * error naming the block, the range and who asked — a blueprint is complete or not made at all.
 */
export async function resolveProcedure(
  source: BlockSource,
  blockId: string,
  version: string
): Promise<Resolution> {
  const rootBlock = await source.load(blockId, version)
  if (rootBlock === null) {
    throw new BlueprintError('notFound', [
      blueprintProblem('blueprint.notFound', {
        de: `${blockId}@${version} gibt es in ${source.catalogue.name} nicht als veröffentlichte Version.`,
        en: `${blockId}@${version} does not exist as a published version in ${source.catalogue.name}.`,
      }),
    ])
  }
  const chosen = new Map<string, SourceBlock>([[rootBlock.id, rootBlock]])
  const info = new Map<string, ResolvedBlockInfo>([[rootBlock.id, infoOf(rootBlock)]])
  const problems = []
  const queue: SourceBlock[] = [rootBlock]
  for (let block = queue.shift(); block !== undefined; block = queue.shift()) {
    const references = [...(await referencesOf(block))].sort((a, b) =>
      a.blockId < b.blockId ? -1 : a.blockId > b.blockId ? 1 : 0
    )
    for (const reference of references) {
      const requester = { blockId: block.id, version: block.version, range: reference.range }
      const existing = chosen.get(reference.blockId)
      if (existing !== undefined) {
        const fits =
          reference.pinnedVersion !== undefined
            ? reference.pinnedVersion === existing.version
            : satisfiesRange(existing.version, reference.range)
        if (fits) addRequester(info, reference.blockId, requester)
        else problems.push(conflict(reference.blockId, existing.version, requester, info))
        continue
      }
      const target = await pick(source, reference.blockId, reference.range, reference.pinnedVersion)
      if (target === null) {
        problems.push(missing(reference.blockId, requester, reference.pinnedVersion))
        continue
      }
      chosen.set(target.id, target)
      info.set(target.id, { ...infoOf(target), requestedBy: [requester] })
      queue.push(target)
    }
  }
  if (problems.length > 0) throw new BlueprintError('unresolved', problems)
  const dependencies = [...chosen.values()]
    .filter((block) => block !== rootBlock)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(toVersionFiles)
  for (const entry of info.values()) entry.requestedBy.sort(compareRequesters)
  return {
    procedure: { root: toVersionFiles(rootBlock), dependencies },
    info,
    catalogue: source.catalogue,
  }
}

async function pick(
  source: BlockSource,
  blockId: string,
  range: string,
  pinned: string | undefined
): Promise<SourceBlock | null> {
  const version = pinned ?? maxSatisfying(await source.versions(blockId), range)
  return version === undefined ? null : source.load(blockId, version)
}

function infoOf(block: SourceBlock): ResolvedBlockInfo {
  return { origin: block.origin, publishedAt: block.publishedAt, requestedBy: [] }
}

function addRequester(info: Map<string, ResolvedBlockInfo>, id: string, requester: Requester) {
  info.get(id)?.requestedBy.push(requester)
}

function compareRequesters(a: Requester, b: Requester): number {
  const left = `${a.blockId}@${a.version} ${a.range}`
  const right = `${b.blockId}@${b.version} ${b.range}`
  return left < right ? -1 : left > right ? 1 : 0
}

/** The block as exporters see it: `baustein.json` written canonically from the metadata. */
function toVersionFiles(block: SourceBlock): BlockVersionFiles {
  const files: Record<string, string> = {}
  for (const name of Object.keys(block.files).sort()) {
    if (name !== METADATA_FILE) files[name] = block.files[name] ?? ''
  }
  files[METADATA_FILE] = prettyCanonicalJson(block.metadata)
  return {
    id: block.id,
    version: block.version,
    contentHash: block.contentHash,
    metadata: block.metadata as Baustein,
    files,
  }
}

function missing(blockId: string, requester: Requester, pinned: string | undefined) {
  const wanted = pinned !== undefined ? `${pinned} (${requester.range})` : requester.range
  return blueprintProblem('blueprint.missingDependency', {
    de: `${requester.blockId}@${requester.version} ruft ${blockId} im Bereich ${wanted} auf, aber keine veröffentlichte Version davon ist vorhanden. Veröffentlichen oder importieren Sie den Baustein (oder legen Sie seinen Ordner zu den anderen).`,
    en: `${requester.blockId}@${requester.version} calls ${blockId} in the range ${wanted}, but no published version of it is available. Publish or import the block (or put its folder next to the others).`,
  })
}

function conflict(
  blockId: string,
  chosenVersion: string,
  requester: Requester,
  info: ReadonlyMap<string, ResolvedBlockInfo>
) {
  const first = info.get(blockId)?.requestedBy[0]
  const by = first !== undefined ? `${first.blockId}@${first.version}` : 'the procedure'
  return blueprintProblem('blueprint.dependencyConflict', {
    de: `${blockId} wird in zwei Versionen gebraucht: ${chosenVersion} (für ${by}) und im Bereich ${requester.range} (für ${requester.blockId}@${requester.version}). Ein Bauplan enthält jeden Baustein nur einmal; gleichen Sie die Versionsbereiche an.`,
    en: `${blockId} is needed in two versions: ${chosenVersion} (for ${by}) and in the range ${requester.range} (for ${requester.blockId}@${requester.version}). A blueprint holds each block once; align the version ranges.`,
  })
}
