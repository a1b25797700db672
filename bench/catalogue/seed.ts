import type { Actor, CatalogueStore, VersionState } from '@bauplan/catalogue'
import { generateBlock, type GeneratedBlock, type GeneratedVersion } from './blockGenerator'
import { BENCH_ORGANISATIONS } from './organisations'
import type { Random } from './random'
import { timed, type Deadline } from './timing'

/** The analyst and the curator of one organisation (two people: the four-eyes rule). */
export interface OrganisationActors {
  analyst: Actor
  curator: Actor
}

export interface SeedResult {
  actors: Map<string, OrganisationActors>
  /** Blocks without an open draft (entwurf or in_pruefung): a new draft can start from them. */
  blocksWithoutOpenDraft: { blockId: string; organisationId: string }[]
  /** One Leistungsschlüssel per block, in block order (for exact-key queries). */
  leistungsschluessel: string[]
  blocks: number
  versions: number
  versionsByState: Record<VersionState, number>
  fileBytes: number
  ms: number
  transactions: number
}

async function createActors(store: CatalogueStore): Promise<Map<string, OrganisationActors>> {
  const actors = new Map<string, OrganisationActors>()
  for (const org of BENCH_ORGANISATIONS) {
    await store.createOrganisation({
      id: org.id,
      name: org.name,
      kind: org.kind,
      bundesland: org.bundesland,
    })
    const person = async (role: 'modellierer' | 'kurator'): Promise<Actor> => {
      const user = await store.createUser({
        displayName: `${role} ${org.name}`,
        email: `${role}@${org.id}.bench.example`,
      })
      await store.grantRole({ userId: user.id, organisationId: org.id, role })
      return { userId: user.id, memberships: [{ organisationId: org.id, role }] }
    }
    actors.set(org.id, { analyst: await person('modellierer'), curator: await person('kurator') })
  }
  return actors
}

/**
 * Brings one version to its state the way the lifecycle does (draft → review → published →
 * deprecated), with the review events and audit entries that path leaves behind, so tables and
 * indexes hold what a real catalogue of this size holds. The publishing gate itself is not run here
 * (30,000 domain checks would take longer than the measurements); the publish measurement runs it.
 */
async function storeVersion(
  tx: CatalogueStore,
  block: GeneratedBlock,
  version: GeneratedVersion,
  actors: OrganisationActors
): Promise<void> {
  const key = { blockId: block.id, version: version.version }
  const analystId = actors.analyst.userId
  const curatorId = actors.curator.userId
  await tx.createDraft({
    ...key,
    metadata: version.metadata,
    files: version.files,
    createdBy: analystId,
  })
  await tx.appendAudit({ actorId: analystId, action: 'version.draftCreated', ...key })
  if (version.state === 'entwurf') return
  await tx.setVersionState({
    ...key,
    expected: 'entwurf',
    next: 'in_pruefung',
    kind: 'eingereicht',
    actorId: analystId,
  })
  await tx.appendAudit({ actorId: analystId, action: 'version.submitted', ...key })
  if (version.state === 'in_pruefung') return
  const published = await tx.setVersionState({
    ...key,
    expected: 'in_pruefung',
    next: 'veroeffentlicht',
    kind: 'veroeffentlicht',
    actorId: curatorId,
  })
  if (!published.ok) throw new Error(`could not publish ${block.id}@${version.version}`)
  await tx.appendAudit({
    actorId: curatorId,
    action: 'version.published',
    ...key,
    details: { contentHash: published.value.contentHash },
  })
  if (version.state !== 'abgekuendigt') return
  await tx.setVersionState({
    ...key,
    expected: 'veroeffentlicht',
    next: 'abgekuendigt',
    kind: 'abgekuendigt',
    actorId: curatorId,
    reason: 'Ersetzt durch die nächste Hauptversion.',
  })
  await tx.appendAudit({ actorId: curatorId, action: 'version.deprecated', ...key })
}

/**
 * Seeds `count` generated blocks (3 versions each) in transactions of `batchSize` blocks, the way a
 * bulk import would: one commit per batch, not per row. Stops with an error at the deadline rather
 * than measuring a half-seeded catalogue.
 */
export async function seedCatalogue(
  store: CatalogueStore,
  options: {
    random: Random
    count: number
    batchSize: number
    deadline: Deadline
    onProgress?: (done: number) => void
  }
): Promise<SeedResult> {
  const result: SeedResult = {
    actors: new Map(),
    blocksWithoutOpenDraft: [],
    leistungsschluessel: [],
    blocks: 0,
    versions: 0,
    versionsByState: { entwurf: 0, in_pruefung: 0, veroeffentlicht: 0, abgekuendigt: 0 },
    fileBytes: 0,
    ms: 0,
    transactions: 0,
  }
  const { ms } = await timed(async () => {
    result.actors = await createActors(store)
    for (let first = 0; first < options.count; first += options.batchSize) {
      if (options.deadline.passed()) {
        throw new Error(`time budget used up while seeding (${first} of ${options.count} blocks)`)
      }
      const blocks: GeneratedBlock[] = []
      for (let i = first; i < Math.min(options.count, first + options.batchSize); i++) {
        blocks.push(generateBlock(options.random, i))
      }
      await store.transaction(async (tx) => {
        for (const block of blocks) {
          const actors = result.actors.get(block.organisation.id)
          if (actors === undefined) throw new Error(`no actors for ${block.organisation.id}`)
          await tx.createBlock({
            id: block.id,
            organisationId: block.organisation.id,
            createdBy: actors.analyst.userId,
          })
          await tx.appendAudit({
            actorId: actors.analyst.userId,
            action: 'block.created',
            blockId: block.id,
            details: { organisationId: block.organisation.id },
          })
          for (const version of block.versions) await storeVersion(tx, block, version, actors)
        }
      })
      result.transactions++
      for (const block of blocks) {
        result.blocks++
        const open = block.versions.some((v) => v.state === 'entwurf' || v.state === 'in_pruefung')
        if (!open) {
          result.blocksWithoutOpenDraft.push({
            blockId: block.id,
            organisationId: block.organisation.id,
          })
        }
        const leistungen = block.versions[0]?.metadata.leistungen
        const first = Array.isArray(leistungen) ? leistungen[0] : undefined
        if (first && typeof first === 'object' && !Array.isArray(first)) {
          result.leistungsschluessel.push(String(first.leistungsschluessel))
        }
        for (const version of block.versions) {
          result.versions++
          result.versionsByState[version.state]++
          result.fileBytes += version.files.reduce((sum, f) => sum + f.bytes.length, 0)
        }
      }
      options.onProgress?.(result.blocks)
    }
  })
  result.ms = ms
  return result
}
