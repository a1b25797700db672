import { afterEach, describe, expect, it } from 'vitest'
import { computeContentHash, sha256Hex } from '../contentHash'
import { ForbiddenError, StateConflictError, ValidationError } from '../lifecycle/errors'
import { storedFilesOf, type FolderFiles } from '../lifecycle/folderFiles'
import { lifecycleBackends } from '../lifecycle/testing/backends'
import { folder, metadataOf, type FolderSpec } from '../lifecycle/testing/folders'
import { blockId, createWorld, DD, type World } from '../lifecycle/testing/world'
import type { CatalogueStore } from '../store'
import { federationOriginOf } from './federationOrigin'
import type { FederatedVersion } from './federationTypes'
import { importFederatedVersions } from './importFederated'

const ORIGIN = { name: 'Bauplan Bayern', url: 'https://bauplan.bayern.example/api' }
const CALLED = blockId('register-abfragen', 'by')
const PROCEDURE = blockId('meldebescheinigung', 'by')

/** The hash the origin catalogue would have stored when it published this folder. */
function originHash(spec: FolderSpec, files: FolderFiles): string {
  return computeContentHash({
    metadata: metadataOf(spec) as never,
    files: storedFilesOf(files).map((f) => ({
      name: f.name,
      mediaType: f.mediaType,
      sha256: sha256Hex(f.bytes),
    })),
  })
}

function federated(spec: FolderSpec, locked: Record<string, string> = {}): FederatedVersion {
  const files = folder(spec)
  return {
    blockId: spec.id,
    version: spec.version ?? '1.0.0',
    files,
    lockedReferences: locked,
    origin: {
      catalogue: ORIGIN,
      publishedAt: '2026-02-01T09:00:00.000Z',
      contentHash: originHash(spec, files),
    },
  }
}

const called = () => federated({ id: CALLED })
const procedure = () =>
  federated({ id: PROCEDURE, calls: [{ id: CALLED, range: '^1.0.0' }] }, { [CALLED]: '1.0.0' })

for (const backend of lifecycleBackends()) {
  describe(`federation import (${backend.name})`, { timeout: 60_000 }, () => {
    let store: CatalogueStore | undefined
    afterEach(async () => {
      await store?.close()
      store = undefined
    })
    async function world(): Promise<World> {
      store = await backend.open()
      return createWorld(store)
    }

    it('publishes the versions with their origin, dependencies first, references as locked', async () => {
      const w = await world()
      const result = await importFederatedVersions(w.store, w.ddCurator, {
        organisationId: DD,
        source: `${PROCEDURE}@1.0.0`,
        versions: [procedure(), called()],
      })
      expect(result.created).toEqual([
        { blockId: CALLED, version: '1.0.0' },
        { blockId: PROCEDURE, version: '1.0.0' },
      ])
      const stored = await w.store.getVersion({ blockId: PROCEDURE, version: '1.0.0' })
      expect(stored?.state).toBe('veroeffentlicht')
      expect(stored?.contentHash).toBe(procedure().origin.contentHash)
      expect((await w.store.getBlock(PROCEDURE))?.organisationId).toBe(DD)
      expect(await w.store.listReferences({ blockId: PROCEDURE, version: '1.0.0' })).toMatchObject([
        { targetBlockId: CALLED, range: '^1.0.0', resolvedVersion: '1.0.0' },
      ])
      expect(await federationOriginOf(w.store, { blockId: PROCEDURE, version: '1.0.0' })).toEqual(
        procedure().origin
      )
      const audit = await w.store.listAudit({ order: 'asc' })
      expect(audit.items.map((e) => e.action)).toEqual(
        expect.arrayContaining(['version.federated', 'blueprint.imported'])
      )
      expect((await w.store.verifyContent({ blockId: PROCEDURE, version: '1.0.0' })).ok).toBe(true)
    })

    it('treats the same id@version with the same hash as already there', async () => {
      const w = await world()
      const input = { organisationId: DD, source: 'x', versions: [called(), procedure()] }
      await importFederatedVersions(w.store, w.ddCurator, input)
      const again = await importFederatedVersions(w.store, w.koordCurator, input)
      expect(again).toEqual({
        created: [],
        unchanged: input.versions.map(({ blockId: b, version }) => ({ blockId: b, version })),
      })
    })

    it('refuses other content under an existing id@version and imports nothing at all', async () => {
      const w = await world()
      await importFederatedVersions(w.store, w.ddCurator, {
        organisationId: DD,
        source: 'first',
        versions: [federated({ id: PROCEDURE })],
      })
      const error = await importFederatedVersions(w.store, w.ddCurator, {
        organisationId: DD,
        source: 'second',
        versions: [called(), procedure()],
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StateConflictError)
      expect((error as StateConflictError).problem.code).toBe('federation.versionConflict')
      expect(await w.store.getBlock(CALLED)).toBeNull()
    })

    it('refuses a version whose recomputed hash differs from the origin, and rolls back', async () => {
      const w = await world()
      const forged = procedure()
      forged.origin = { ...forged.origin, contentHash: '0'.repeat(64) }
      const error = await importFederatedVersions(w.store, w.ddCurator, {
        organisationId: DD,
        source: 'forged',
        versions: [called(), forged],
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).problems[0]?.code).toBe('federation.contentHashMismatch')
      expect(await w.store.getBlock(CALLED)).toBeNull()
      expect(await w.store.getBlock(PROCEDURE)).toBeNull()
    })

    it('refuses a missing dependency with a problem naming it', async () => {
      const w = await world()
      const error = await importFederatedVersions(w.store, w.ddCurator, {
        organisationId: DD,
        source: 'incomplete',
        versions: [procedure()],
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      const text = (error as ValidationError).problems.map((p) => p.message.en).join(' ')
      expect(text).toContain(CALLED)
      expect(await w.store.getBlock(PROCEDURE)).toBeNull()
    })

    it('lets only curators and admins import', async () => {
      const w = await world()
      for (const actor of [w.itProvider, w.ddAnalyst, w.curator]) {
        await expect(
          importFederatedVersions(w.store, actor, {
            organisationId: DD,
            source: 'x',
            versions: [called()],
          })
        ).rejects.toBeInstanceOf(ForbiddenError)
      }
      await expect(
        importFederatedVersions(w.store, w.admin, {
          organisationId: DD,
          source: 'x',
          versions: [called()],
        })
      ).resolves.toMatchObject({ created: [{ blockId: CALLED, version: '1.0.0' }] })
    })
  })
}
