import {
  compareVersions,
  highestVersion,
  isVersion,
  maxSatisfying,
  updatesAvailable,
} from '@bauplan/domain'
import type { DisplayNames } from '../model/displayNames'
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
import { requireReader, seesDrafts } from './rights'
import type { ServiceContext } from './serviceContext'
import { isPublished } from './versionsOf'
import { visibleTo } from './visibility'

/** deprecate() writes the successor into the review reason as `… id@version`. */
const SUCCESSOR = /(urn:\S+)@(\d+\.\d+\.\d+)$/

function summaryOf(
  version: BlockVersion,
  history: ReviewEvent[],
  names: DisplayNames
): VersionSummary {
  const deprecation = [...history].reverse().find((e) => e.kind === 'abgekuendigt')
  const match = deprecation?.reason ? SUCCESSOR.exec(deprecation.reason) : null
  return {
    version: version.version,
    state: version.state,
    revision: version.revision,
    contentHash: version.contentHash,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    createdByName: userName(names, version.createdBy),
    stateChangedAt: version.stateChangedAt,
    publishedAt: version.publishedAt,
    history: history.map((event) => ({ ...event, actorName: userName(names, event.actorId) })),
    ...(match ? { successor: { id: match[1] as string, version: match[2] as string } } : {}),
  }
}

function userName(names: DisplayNames, id: string | null): string | null {
  return id === null ? null : (names.users[id] ?? null)
}

async function dependencyOf(
  store: CatalogueStore,
  ref: VersionReference
): Promise<Omit<DependencyInfo, 'targetName'>> {
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
): Promise<Omit<OriginInfo, 'name' | 'organisationName'> | null> {
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
  const origin = await store.getBlock(relation.targetBlockId)
  return {
    blockId: relation.targetBlockId,
    organisationId: origin?.organisationId ?? null,
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
  const histories: ReviewEvent[][] = []
  for (const version of visible) histories.push(await store.listReviewEvents(version))
  const latestPublished = highestVersion(all.filter(isPublished).map((v) => v.version)) ?? null
  const shown =
    visible.find((v) => v.version === options.version) ??
    visible.find((v) => v.version === latestPublished) ??
    visible[0]
  const dependencies: Omit<DependencyInfo, 'targetName'>[] = []
  for (const ref of shown ? await store.listReferences(shown) : []) {
    dependencies.push(await dependencyOf(store, ref))
  }
  const whereUsed: Omit<DependentInfo, 'name'>[] = []
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
  const variants: Omit<VariantInfo, 'name' | 'organisationName'>[] = []
  for (const relation of await store.listRelationsTo(blockId, 'ABL')) {
    const variant = await store.getBlock(relation.blockId)
    variants.push({
      blockId: relation.blockId,
      organisationId: variant?.organisationId ?? null,
      derivedFrom: relation.targetVersion,
    })
  }
  const origin = await originOf(store, blockId, visible[0])
  // People and related blocks by name: one look-up per kind for the whole page. Readers who do not
  // see drafts get names of published versions only.
  const names = await store.lookupNames({
    userIds: [...visible.map((v) => v.createdBy), ...histories.flat().map((e) => e.actorId)].filter(
      (id): id is string => id !== null
    ),
    blockIds: [
      ...dependencies.map((d) => d.targetBlockId),
      ...whereUsed.map((w) => w.blockId),
      ...variants.map((v) => v.blockId),
      ...(origin ? [origin.blockId] : []),
    ],
    organisationIds: [
      ...variants.map((v) => v.organisationId),
      origin?.organisationId ?? null,
    ].filter((id): id is string => id !== null),
    publishedBlockNamesOnly: !seesDrafts(actor),
  })
  const blockName = (id: string) => names.blocks[id] ?? null
  const organisationName = (id: string | null) =>
    id === null ? null : (names.organisations[id] ?? null)
  return {
    block,
    organisation: await store.getOrganisation(block.organisationId),
    versions: visible.map((version, index) => summaryOf(version, histories[index] ?? [], names)),
    latestPublished,
    shownVersion: shown?.version ?? null,
    dependencies: dependencies.map((d) => ({ ...d, targetName: blockName(d.targetBlockId) })),
    whereUsed: whereUsed.map((w) => ({ ...w, name: blockName(w.blockId) })),
    variants: variants.map((v) => ({
      ...v,
      name: blockName(v.blockId),
      organisationName: organisationName(v.organisationId),
    })),
    origin:
      origin === null
        ? null
        : {
            ...origin,
            name: blockName(origin.blockId),
            organisationName: organisationName(origin.organisationId),
          },
  }
}
