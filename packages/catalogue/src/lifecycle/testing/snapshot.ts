import { expect } from 'vitest'
import type { CatalogueStore } from '../../store'
import { httpStatusOf } from '../errors'

/**
 * Everything the lifecycle can change, read through the store: blocks, versions (state, revision,
 * metadata, hash), files, references, review history, relations, the audit log, the rule configuration and
 * meta keys used by seeding. A refused operation must leave this exactly as it was.
 */
export async function storageSnapshot(store: CatalogueStore): Promise<unknown> {
  const blocks = (await store.listBlocks({ limit: 100 })).items
  const result = []
  for (const block of blocks) {
    const versions = []
    for (const v of await store.listVersions(block.id)) {
      versions.push({
        ...v,
        files: await store.listFiles(v),
        references: await store.listReferences(v),
        history: await store.listReviewEvents(v),
      })
    }
    result.push({ block, versions, relations: await store.listRelations(block.id) })
  }
  const audit = (await store.listAudit({ limit: 100 })).items
  return {
    blocks: result,
    audit,
    lintConfig: await store.listLintConfigRevisions(),
    meta: [await store.getMeta('seed.models'), await store.getMeta('seed.demo')],
  }
}

/** Runs `action`, expects it to throw `errorType` with `status`, and storage to stay unchanged. */
export async function expectRefused<E extends Error>(
  store: CatalogueStore,
  action: () => Promise<unknown>,
  errorType: abstract new (...args: never[]) => E,
  status: number
): Promise<E> {
  const before = await storageSnapshot(store)
  let caught: unknown
  try {
    await action()
  } catch (error) {
    caught = error
  }
  expect(caught, 'the operation should have been refused').toBeInstanceOf(errorType)
  expect(httpStatusOf(caught)).toBe(status)
  expect(await storageSnapshot(store)).toEqual(before)
  return caught as E
}
