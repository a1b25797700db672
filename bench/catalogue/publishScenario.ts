import { createCatalogueService, type CatalogueStore } from '@bauplan/catalogue'
import type { Random } from './random'
import type { OrganisationActors } from './seed'
import { timed, type Deadline } from './timing'

export const PUBLISH_STEPS = {
  createDraft: 'publish: createDraft (copy of the latest version)',
  submit: 'publish: submit (gate as dry run)',
  approve: 'publish: approve (gate, references, hash, publish)',
  cycle: 'publish: whole cycle draft → submit → approve',
} as const

export interface PublishResult {
  samples: Map<string, number[]>
  measured: number
  failures: string[]
  cutShort: boolean
}

/**
 * Publishing through the lifecycle service, as a curator does it: an analyst of the owning
 * organisation opens a new draft of a published block (next patch version, files copied), submits it,
 * and a curator of the same organisation approves it. `approve` runs the publishing gate again (domain
 * checks of the whole folder, version rule against the previous publication, reference resolution,
 * cycles), stores the resolutions and the content hash, and writes the audit entry — all in one
 * transaction. The first `warmup` cycles are not timed.
 */
export async function runPublishScenario(
  store: CatalogueStore,
  options: {
    /** Published blocks without an open draft, with their owners. */
    blocks: readonly { blockId: string; organisationId: string }[]
    actors: ReadonlyMap<string, OrganisationActors>
    count: number
    warmup: number
    random: Random
    deadline: Deadline
  }
): Promise<PublishResult> {
  const service = createCatalogueService({ store })
  const result: PublishResult = {
    samples: new Map(Object.values(PUBLISH_STEPS).map((label) => [label, []])),
    measured: 0,
    failures: [],
    cutShort: false,
  }
  const candidates = options.random.sample(options.blocks, options.count + options.warmup)
  for (const [i, { blockId, organisationId }] of candidates.entries()) {
    if (options.deadline.passed()) {
      result.cutShort = true
      break
    }
    const actors = options.actors.get(organisationId)
    if (actors === undefined) throw new Error(`no actors for ${blockId}`)
    try {
      const draft = await timed(() => service.createDraft(actors.analyst, blockId))
      const version = draft.value.version.version
      const submit = await timed(() => service.submit(actors.analyst, blockId, version))
      const approve = await timed(() => service.approve(actors.curator, blockId, version))
      if (i < options.warmup) continue
      result.samples.get(PUBLISH_STEPS.createDraft)?.push(draft.ms)
      result.samples.get(PUBLISH_STEPS.submit)?.push(submit.ms)
      result.samples.get(PUBLISH_STEPS.approve)?.push(approve.ms)
      result.samples.get(PUBLISH_STEPS.cycle)?.push(draft.ms + submit.ms + approve.ms)
      result.measured++
    } catch (error) {
      // A refused publication is a finding, not a latency: report it instead of timing it.
      result.failures.push(`${blockId}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return result
}
