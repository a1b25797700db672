import {
  compareVersions,
  highestVersion,
  isVersion,
  maxSatisfying,
  updatesAvailable,
} from '@bauplan/domain'
import type { BlockVersion, ReviewEvent, VersionReference } from '../model/records'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { requireBlock } from './operationSupport'
import type {
  BlockOverview,
  DependencyInfo,
  DependentInfo,
  OriginInfo,
  VariantInfo,
  VersionSummary,
} from './overviewTypes'
import { requireReader } from './rights'
import type { ServiceContext } from './serviceContext'
import { isPublished } from './versionsOf'
import { visibleTo } from './visibility'

/** deprecate() writes the successor into the review reason as `… id@version`. */
const SUCCESSOR = /(urn:\S+)@(\d+\.\d+\.\d+)$/

function summaryOf(version: BlockVersion, history: ReviewEvent[]): VersionSummary {
  const deprecation = [...history].reverse().find((e) => e.kind === 'abgekuendigt')
  const match = deprecation?.reason ? SUCCESSOR.exec(deprecation.reason) : null
  return {
    version: version.version,
    state: version.state,
    revision: version.revision,
    contentHash: version.contentHash,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    stateChangedAt: version.stateChangedAt,
    publishedAt: version.publishedAt,
    history,
    ...(match ? { successor: { id: match[1] as string, version: match[2] as string } } : {}),
  }
}

async function dependencyOf(store: CatalogueStore, ref: VersionReference): Promise<DependencyInfo> {
  const versions = await store.listVersions(ref.targetBlockId)
  const published = versions.filter(isPublished).map((v) => v.version)
  // Updates are only worth suggesting if they are not deprecated themselves.
  const current = versions.filter((v) => v.state === 'veroeffentlicht').map((v) => v.version)
  const wouldResolveTo =
    ref.resolvedVersion === null ? maxSatisfying(published, ref.range) : undefined
  const pinned = ref.resolvedVersion ?? wouldResolveTo
  return {
    targetBlockId: ref.targetBlockId,
    range: ref.range,
    resolvedVersion: ref.resolvedVersion,
    ...(wouldResolveTo !== undefined ? { wouldResolveTo } : {}),
    targetState: versions.find((v) => v.version === pinned)?.state ?? null,
    updates:
      pinned === undefined
        ? {}
        : updatesAvailable({ id: ref.targetBlockId, versionRange: ref.range }, pinned, current),
  }
}

async function originOf(
  store: CatalogueStore,
  blockId: string,
  latest: BlockVersion | undefined
): Promise<OriginInfo | null> {
  const relation = (await store.listRelations(blockId)).find((r) => r.predicate === 'ABL')
  if (relation === undefined) return null
  const declared = Array.isArray(latest?.metadata.relationen)
    ? latest.metadata.relationen.find(
        (r) => typeof r === 'object' && r !== null && !Array.isArray(r) && r.praedikat === 'ABL'
      )
    : undefined
  const declaredObject =
    declared && typeof declared === 'object' && !Array.isArray(declared)
      ? declared.objekt
      : undefined
  const declaredVersion =
    declaredObject && typeof declaredObject === 'object' && !Array.isArray(declaredObject)
      ? declaredObject.version
      : undefined
  const basedOn =
    typeof declaredVersion === 'string' && isVersion(declaredVersion)
      ? declaredVersion
      : relation.targetVersion
  const published = (await store.listVersions(relation.targetBlockId))
    .filter((v) => v.state === 'veroeffentlicht')
    .map((v) => v.version)
  const newerVersions =
    basedOn === null ? [] : published.filter((v) => compareVersions(v, basedOn) > 0)
  return {
    blockId: relation.targetBlockId,
    basedOn,
    latestPublished: highestVersion(published) ?? null,
    upstreamChanged: newerVersions.length > 0,
    newerVersions,
  }
}

/**
 * Everything a block's page shows: its versions with their history, dependencies with the versions
 * they resolve to and available updates, where it is used, its variants, and — for a variant — whether
 * its origin has published something newer ("upstream changed"). Derived from the stored versions
 * and relations, so the flag stays right however the variant is later rebased; the audit entries
 * `variant.upstreamChanged` written at publication are the notification history.
 */
export async function getBlockOverview(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  options: { version?: string } = {}
): Promise<BlockOverview> {
  requireReader(actor)
  const { store } = ctx
  const block = await requireBlock(store, blockId)
  const all = await store.listVersions(blockId)
  const visible = all.filter((v) => visibleTo(actor, v))
  const versions: VersionSummary[] = []
  for (const version of visible)
    versions.push(summaryOf(version, await store.listReviewEvents(version)))
  const latestPublished = highestVersion(all.filter(isPublished).map((v) => v.version)) ?? null
  const shown =
    visible.find((v) => v.version === options.version) ??
    visible.find((v) => v.version === latestPublished) ??
    visible[0]
  const dependencies: DependencyInfo[] = []
  for (const ref of shown ? await store.listReferences(shown) : []) {
    dependencies.push(await dependencyOf(store, ref))
  }
  const whereUsed: DependentInfo[] = []
  for (const ref of await store.listDependents(blockId)) {
    const caller = await store.getVersion(ref)
    if (caller === null || !visibleTo(actor, caller)) continue
    whereUsed.push({
      blockId: ref.blockId,
      version: ref.version,
      state: caller.state,
      range: ref.range,
      resolvedVersion: ref.resolvedVersion,
    })
  }
  const variants: VariantInfo[] = []
  for (const relation of await store.listRelationsTo(blockId, 'ABL')) {
    const variant = await store.getBlock(relation.blockId)
    variants.push({
      blockId: relation.blockId,
      organisationId: variant?.organisationId ?? null,
      derivedFrom: relation.targetVersion,
    })
  }
  return {
    block,
    organisation: await store.getOrganisation(block.organisationId),
    versions,
    latestPublished,
    shownVersion: shown?.version ?? null,
    dependencies,
    whereUsed,
    variants,
    origin: await originOf(store, blockId, visible[0]),
  }
}
