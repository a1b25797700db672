import { describe, expect, it } from 'vitest'
import { TransactionMisuseError, UniqueViolationError } from '../../errors'
import { blockId, files, metadata, rejection, seedOrganisation, SN } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

const ID = blockId('gewerbe-anmelden')
const KEY = { blockId: ID, version: '1.0.0' }

export function describeTransactions(open: OpenHarness): void {
  describe('transactions', () => {
    const ref = useHarness(open)

    it('keep everything a successful function wrote', async () => {
      const result = await ref.store.transaction(async (tx) => {
        await seedOrganisation(tx)
        await tx.createBlock({ id: ID, organisationId: SN })
        await tx.createDraft({ ...KEY, metadata: metadata(KEY), files: files() })
        await tx.appendAudit({ action: 'version.created', blockId: ID, version: '1.0.0' })
        return 'done'
      })
      expect(result).toBe('done')
      expect(await ref.store.getVersion(KEY)).not.toBeNull()
      expect((await ref.store.listAudit()).items).toHaveLength(1)
    })

    it('leave nothing behind when the function throws halfway', async () => {
      const failure = new Error('abort after the draft')
      const error = await rejection(
        ref.store.transaction(async (tx) => {
          await seedOrganisation(tx)
          await tx.createBlock({ id: ID, organisationId: SN })
          await tx.createDraft({ ...KEY, metadata: metadata(KEY), files: files() })
          await tx.appendAudit({ action: 'version.created', blockId: ID })
          await tx.setMeta('seeded', 'yes')
          throw failure
        })
      )
      expect(error).toBe(failure)
      expect(await ref.store.getOrganisation(SN)).toBeNull()
      expect(await ref.store.getBlock(ID)).toBeNull()
      expect(await ref.store.getVersion(KEY)).toBeNull()
      expect(await ref.store.listFiles(KEY)).toEqual([])
      expect((await ref.store.listAudit()).items).toEqual([])
      expect(await ref.store.getMeta('seeded')).toBeNull()
      expect((await ref.store.search({ states: ['entwurf'] })).total).toBe(0)
      // The store works normally afterwards.
      await seedOrganisation(ref.store)
    })

    it('stay usable after a failed call inside them (the failed call alone is undone)', async () => {
      await ref.store.transaction(async (tx) => {
        await seedOrganisation(tx)
        const duplicate = await rejection(seedOrganisation(tx))
        expect(duplicate).toBeInstanceOf(UniqueViolationError)
        await tx.createBlock({ id: ID, organisationId: SN })
      })
      expect(await ref.store.getBlock(ID)).not.toBeNull()
    })

    it('nest: an inner failure undoes only the inner part', async () => {
      await ref.store.transaction(async (tx) => {
        await seedOrganisation(tx)
        const inner = await rejection(
          tx.transaction(async (nested) => {
            await nested.createBlock({ id: ID, organisationId: SN })
            throw new Error('inner')
          })
        )
        expect((inner as Error).message).toBe('inner')
        await tx.setMeta('after-inner', '1')
      })
      expect(await ref.store.getOrganisation(SN)).not.toBeNull()
      expect(await ref.store.getBlock(ID)).toBeNull()
      expect(await ref.store.getMeta('after-inner')).toBe('1')
    })

    it('refuse use of the outer store, parallel calls, and use after the end', async () => {
      let kept: Parameters<Parameters<typeof ref.store.transaction>[0]>[0] | undefined
      const outer = await rejection(
        ref.store.transaction(async (tx) => {
          kept = tx
          await ref.store.getBlock(ID)
        })
      )
      expect(outer).toBeInstanceOf(TransactionMisuseError)

      const parallel = await rejection(
        ref.store.transaction(async (tx) => {
          await Promise.all([tx.getBlock(ID), tx.getOrganisation(SN)])
        })
      )
      expect(parallel).toBeInstanceOf(TransactionMisuseError)

      expect(await rejection(kept!.getBlock(ID))).toBeInstanceOf(TransactionMisuseError)
      expect(await rejection(ref.store.transaction((tx) => tx.close()))).toBeInstanceOf(
        TransactionMisuseError
      )
    })
  })
}
