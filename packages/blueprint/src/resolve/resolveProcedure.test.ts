import { describe, expect, it } from 'vitest'
import { BlueprintError } from '../model/blueprintError'
import { folderBlockSource } from '../source/folderSource'
import { procedureId, referenceFolders, referenceSource } from '../bundle/testSupport'
import { resolveProcedure } from './resolveProcedure'

describe('resolveProcedure', { timeout: 30_000 }, () => {
  it('resolves the Gewerbeanmeldung with every called block at an exact version', async () => {
    const resolution = await resolveProcedure(
      await referenceSource(),
      procedureId('gewerbe-anmelden'),
      '1.0.0'
    )
    expect(resolution.procedure.root.id).toBe(procedureId('gewerbe-anmelden'))
    const ids = resolution.procedure.dependencies.map((d) => d.id)
    expect(ids).toEqual([...ids].sort())
    expect(ids).toContain('urn:bauplan:baustein:sn:identitaet-pruefen')
    expect(ids).toContain('urn:bauplan:baustein:sn:zahlung-abwickeln')
    const identity = resolution.info.get('urn:bauplan:baustein:sn:identitaet-pruefen')
    expect(identity?.requestedBy).toEqual([
      { blockId: procedureId('gewerbe-anmelden'), version: '1.0.0', range: '^1.0.0' },
    ])
    for (const dependency of resolution.procedure.dependencies) {
      expect(dependency.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(Object.keys(dependency.files)).toContain('baustein.json')
    }
  })

  it('names the missing block, its range and who asked, in German and English', async () => {
    const folders = (await referenceFolders()).filter(
      (folder) => !folder.name.endsWith('identitaet-pruefen')
    )
    const error = await resolveProcedure(
      folderBlockSource(folders),
      procedureId('gewerbe-anmelden'),
      '1.0.0'
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BlueprintError)
    const problem = (error as BlueprintError).problems[0]
    expect((error as BlueprintError).kind).toBe('unresolved')
    expect(problem?.code).toBe('blueprint.missingDependency')
    expect(problem?.message.de).toContain('urn:bauplan:baustein:sn:identitaet-pruefen')
    expect(problem?.message.de).toContain('^1.0.0')
    expect(problem?.message.en).toContain(`${procedureId('gewerbe-anmelden')}@1.0.0 calls`)
  })

  it('refuses an unknown version of the root as not found', async () => {
    const error = await resolveProcedure(
      await referenceSource(),
      procedureId('gewerbe-anmelden'),
      '9.9.9'
    ).catch((e: unknown) => e)
    expect((error as BlueprintError).kind).toBe('notFound')
  })

  it('takes the pinned version of a catalogue over the highest in range', async () => {
    const base = await referenceSource()
    const pinned = {
      ...base,
      async versions(id: string) {
        return id.endsWith('identitaet-pruefen') ? ['1.0.0', '1.1.0'] : base.versions(id)
      },
      async load(id: string, version: string) {
        const block = await base.load(id, version === '1.1.0' ? '1.0.0' : version)
        if (block === null) return null
        if (id !== procedureId('hundesteuer-anmelden')) return block
        return {
          ...block,
          references: [
            {
              blockId: 'urn:bauplan:baustein:sn:antrag-entgegennehmen',
              range: '^1.0.0',
              pinnedVersion: '1.0.0',
            },
          ],
        }
      },
    }
    const resolution = await resolveProcedure(pinned, procedureId('hundesteuer-anmelden'), '1.0.0')
    expect(resolution.procedure.dependencies.map((d) => `${d.id}@${d.version}`)).toEqual([
      'urn:bauplan:baustein:sn:antrag-entgegennehmen@1.0.0',
    ])
  })
})
