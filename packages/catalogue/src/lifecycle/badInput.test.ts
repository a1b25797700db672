import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { StateConflictError, ValidationError } from './errors'
import { FOLDER_LIMITS } from '@bauplan/domain'
import { folder } from './testing/folders'
import { sqlite } from './testing/backends'
import { expectRefused } from './testing/snapshot'
import { blockId, createWorld, DD, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const ID = blockId('identitaet-pruefen')

describe('bad input', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  const create = (files: Record<string, string>) =>
    w.service.createBlock(w.analyst, { organisationId: SN, files })

  it('refuses unreadable XML, with the file and position', async () => {
    const files = {
      ...folder({ id: ID }),
      'identitaet-pruefen.bpmn': '<bpmn:definitions><oops></bpmn:definitions>',
    }
    const error = await expectRefused(store, () => create(files), ValidationError, 422)
    expect(error.problems).toContainEqual(
      expect.objectContaining({ code: 'xml.malformed', file: 'identitaet-pruefen.bpmn' })
    )
  })

  it('refuses a DOCTYPE (hostile XML) before any parser sees it', async () => {
    const bpmn = folder({ id: ID })['identitaet-pruefen.bpmn'] as string
    const hostile = bpmn.replace(
      '<bpmn:definitions',
      '<!DOCTYPE bpmn:definitions>\n<bpmn:definitions'
    )
    const error = await expectRefused(
      store,
      () => create({ ...folder({ id: ID }), 'identitaet-pruefen.bpmn': hostile }),
      ValidationError,
      422
    )
    expect(error.problems.map((p) => p.code)).toContain('xml.doctype')
  })

  it('refuses metadata that is not JSON, or not an object', async () => {
    const syntax = await expectRefused(
      store,
      () => create({ ...folder({ id: ID }), 'baustein.json': '{"id": ' }),
      ValidationError,
      422
    )
    expect(syntax.problems[0]).toMatchObject({ code: 'json.syntax', file: 'baustein.json' })
    const array = await expectRefused(
      store,
      () => create({ ...folder({ id: ID }), 'baustein.json': '[1, 2]' }),
      ValidationError,
      422
    )
    expect(array.problems[0]?.code).toBe('lifecycle.metadataNotObject')
  })

  it('refuses a draft without a usable id or with a malformed version', async () => {
    const noId = await expectRefused(
      store,
      () => create(folder({ id: ID, metadata: { id: 'identitaet-pruefen' } })),
      ValidationError,
      422
    )
    expect(noId.problems[0]).toMatchObject({ pointer: '/id' })
    const badVersion = await expectRefused(
      store,
      () => create(folder({ id: ID, version: '1.0' })),
      ValidationError,
      422
    )
    expect(badVersion.problems[0]).toMatchObject({ pointer: '/version' })
  })

  it('takes 1.0.0 as the first version when the metadata names none', async () => {
    const files = folder({ id: ID })
    const metadata = JSON.parse(files['baustein.json'] as string)
    delete metadata.version
    const created = await create({ ...files, 'baustein.json': JSON.stringify(metadata) })
    expect(created.version.version).toBe('1.0.0')
    expect(created.version.metadata.version).toBe('1.0.0')
    expect(created.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('refuses oversized files and too many files before parsing', async () => {
    const big = 'x'.repeat(FOLDER_LIMITS.maxFileBytes + 1)
    const tooBig = await expectRefused(
      store,
      () => create({ ...folder({ id: ID }), 'identitaet-pruefen.bpmn': big }),
      ValidationError,
      422
    )
    expect(tooBig.problems).toEqual([expect.objectContaining({ code: 'folder.fileTooLarge' })])
    const many = Object.fromEntries(
      Array.from({ length: FOLDER_LIMITS.maxFiles + 1 }, (_, i) => [`f${i}.dmn`, ''])
    )
    const tooMany = await expectRefused(store, () => create(many), ValidationError, 422)
    expect(tooMany.problems[0]?.code).toBe('folder.tooManyFiles')
  })

  it('refuses a draft edit that changes the block id', async () => {
    await create(folder({ id: ID }))
    await expectRefused(
      store,
      () => w.service.updateDraft(w.analyst, ID, '1.0.0', folder({ id: blockId('anderer') })),
      ValidationError,
      422
    )
  })

  it('refuses a rejection without a real reason', async () => {
    await create(folder({ id: ID }))
    await w.service.submit(w.analyst, ID, '1.0.0')
    const error = await expectRefused(
      store,
      () => w.service.reject(w.curator, ID, '1.0.0', '  nein  '),
      ValidationError,
      422
    )
    expect(error.problems[0]).toMatchObject({
      code: 'lifecycle.reasonTooShort',
      pointer: '/reason',
    })
  })

  it('refuses a deprecation without a successor, or with one that is not a published later version', async () => {
    await create(folder({ id: ID }))
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
    const deprecate = (successor: unknown) =>
      w.service.deprecate(w.curator, ID, '1.0.0', successor as { id: string; version: string })
    const missing = await expectRefused(store, () => deprecate(undefined), ValidationError, 422)
    expect(missing.problems[0]).toMatchObject({
      code: 'lifecycle.invalidSuccessor',
      pointer: '/successor',
    })
    await expectRefused(store, () => deprecate({ id: ID, version: '1.0.0' }), ValidationError, 422)
    await expectRefused(
      store,
      () => deprecate({ id: blockId('gibt-es-nicht'), version: '1.0.0' }),
      ValidationError,
      422
    )
    await w.service.createDraft(w.analyst, ID)
    await expectRefused(store, () => deprecate({ id: ID, version: '1.0.1' }), ValidationError, 422)
  })

  it('refuses a variant of an unpublished block', async () => {
    await create(folder({ id: ID }))
    const error = await expectRefused(
      store,
      () =>
        w.service.deriveVariant(w.ddAnalyst, {
          originId: ID,
          originVersion: '1.0.0',
          organisationId: DD,
          newId: blockId('identitaet-pruefen', DD),
        }),
      StateConflictError,
      409
    )
    expect(error.current).toBe('entwurf')
  })

  it('refuses a variant id that is not a block id', async () => {
    await create(folder({ id: ID }))
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
    await expectRefused(
      store,
      () =>
        w.service.deriveVariant(w.ddAnalyst, {
          originId: ID,
          originVersion: '1.0.0',
          organisationId: DD,
          newId: 'dresden-variante',
        }),
      ValidationError,
      422
    )
  })
})
