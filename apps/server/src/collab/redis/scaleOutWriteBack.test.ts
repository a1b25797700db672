import { SYSTEM_ACTOR } from '@bauplan/catalogue'
import { rename, setJsonValue } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import type * as Yjs from 'yjs'
import { FIXTURE_BPMN } from '../../testing/fixtureBlock'
import { deriveDocumentFiles } from '../draftFilesDerivation'
import type { DraftFilesFollowerStats } from '../draftFilesFollower'
import { eventually, type ProviderClient } from '../testing/collabClients'
import { scaleOutSkipped, useTwoInstances, type ScaleOutInstance } from './testing/twoInstances'

// The draft files' write-back with two real server instances on one PostgreSQL schema and the
// real Redis (testing/twoInstances): clients of one draft on both instances edit, and one
// instance — the holder of the document's write-back lease — writes the files; when it closes,
// the other takes over.

const skip = scaleOutSkipped('Scale-out write-back tests', 'src/collab/redis/scaleOutWriteBack')

const TASK = 'Activity_NachweisPruefen'

function docOf(connected: ProviderClient): Yjs.Doc {
  return connected.doc as unknown as Yjs.Doc
}

function stats(instance: ScaleOutInstance): DraftFilesFollowerStats {
  return instance.t.app.collabDraftFiles.stats()
}

async function files(instance: ScaleOutInstance, key: { blockId: string; version: string }) {
  return (await instance.t.app.catalogue.getFolder(SYSTEM_ACTOR, key.blockId, key.version)) as
    Record<string, string> | undefined
}

function metadataOf(folder: Record<string, string> | undefined): Record<string, unknown> {
  return JSON.parse(folder?.['baustein.json'] ?? '{}') as Record<string, unknown>
}

/** Equal files; `baustein.json` compared as JSON (PostgreSQL orders JSONB keys its own way). */
function expectSameFolder(actual: Record<string, string>, expected: Record<string, string>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  for (const name of Object.keys(expected)) {
    if (name === 'baustein.json') expect(metadataOf(actual)).toEqual(metadataOf(expected))
    else expect(actual[name], name).toBe(expected[name])
  }
}

describe.skipIf(skip)('scale-out write-back: one instance writes a draft’s files', () => {
  const two = useTwoInstances({ name: 'writeback' })

  it('edits on both instances are written back by one of them; after it closes, by the other', async () => {
    const { a, b } = two
    const key = await two.newDraft('rueckschreiben')
    const before = { A: stats(a), B: stats(b) }
    const onA = await two.editor(a, key)
    const onB = await two.editor(b, key)
    for (let round = 1; round <= 3; round++) {
      setJsonValue(docOf(onA), 'anna', 'baustein.json', ['bezeichnung'], `Runde ${round} über A`)
      rename(docOf(onB), 'anna', TASK, `Nachweis ${round} über B`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    await eventually(
      async () => {
        const folder = await files(a, key)
        return (
          metadataOf(folder).bezeichnung === 'Runde 3 über A' &&
          (folder?.[FIXTURE_BPMN] ?? '').includes('name="Nachweis 3 über B"')
        )
      },
      20_000,
      'the files to follow both instances’ edits'
    )
    // Longer than the quiet period: a second writer would have written by now.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expectSameFolder(
      (await files(b, key)) ?? {},
      await deriveDocumentFiles(await b.store.loadCollabUpdates(key))
    )
    const written = (i: ScaleOutInstance) => stats(i).written - before[i.name].written
    const skipped = (i: ScaleOutInstance) => stats(i).skipped - before[i.name].skipped
    const writers = [a, b].filter((i) => written(i) > 0)
    expect(writers.map((i) => i.name)).toHaveLength(1)
    const owner = writers[0] as ScaleOutInstance
    const other = owner === a ? b : a
    expect(written(other)).toBe(0)
    // The other was due too (it heard every update) and stood back.
    expect(skipped(other)).toBeGreaterThan(0)

    // The owner closes (and gives the lease up): the other writes the next edits back, long
    // before the lease's TTL (90 s) would have run out.
    await two.closeInstance(owner)
    const survivor = owner === a ? onB : onA
    setJsonValue(docOf(survivor), 'anna', 'baustein.json', ['bezeichnung'], 'Nach dem Wechsel')
    await eventually(
      async () => metadataOf(await files(other, key)).bezeichnung === 'Nach dem Wechsel',
      20_000,
      'the other instance to take the write-back over'
    )
    expect(written(other)).toBeGreaterThan(0)
    expectSameFolder(
      (await files(other, key)) ?? {},
      await deriveDocumentFiles(await other.store.loadCollabUpdates(key))
    )
  }, 60_000)
})
