import { DraftDocumentConflictError, ValidationError } from '@bauplan/catalogue'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import { createSeedUpdate, setJsonValue } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FIXTURE_BPMN, fixtureFolder } from '../testing/fixtureBlock'
import { deriveDocumentFiles, documentOf } from './draftFilesDerivation'
import { mergeFolderIntoDocument } from './draftFilesMerge'

const LABEL = 'urn:bauplan:baustein:test-kommune:identitaet-pruefen@1.0.0'
const NOTES = 'notizen.md'
const DMN_FILE = 'hundesteuer.dmn'

/** The fixture block plus a text file, seeded as the server seeds a draft's document. */
async function seeded(): Promise<{ doc: Y.Doc; files: Record<string, string> }> {
  const folder = { ...(await fixtureFolder()), [NOTES]: 'Erste Zeile\nZweite Zeile\n' }
  const seed = await createSeedUpdate(folder)
  expect(seed.problems).toEqual([])
  const doc = documentOf([seed.update])
  return { doc, files: await deriveDocumentFiles([Y.encodeStateAsUpdate(doc)]) }
}

function filesOf(doc: Y.Doc): Promise<Record<string, string>> {
  return deriveDocumentFiles([Y.encodeStateAsUpdate(doc)])
}

function metadata(files: Record<string, string>): Record<string, unknown> {
  return JSON.parse(files['baustein.json'] ?? '{}') as Record<string, unknown>
}

describe('mergeFolderIntoDocument', () => {
  it('changes nothing for the folder the document already derives to', async () => {
    const { doc, files } = await seeded()
    // The first merge may write the order of the root's namespace declarations as the serialiser
    // wrote them (reconcileDefinitions keeps `$attrs` as ordered pairs); the files stay the same.
    await mergeFolderIntoDocument(doc, LABEL, files)
    expect(await filesOf(doc)).toEqual(files)
    expect(await mergeFolderIntoDocument(doc, LABEL, files)).toBeUndefined()
  })

  it('writes only the difference, so a concurrent edit of another field survives', async () => {
    const { doc, files } = await seeded()
    // An editor's copy changes one field while the REST write changes others.
    const editor = documentOf([Y.encodeStateAsUpdate(doc)])
    setJsonValue(editor, 'editor', 'baustein.json', ['definition'], 'Vom Editor geändert')
    const changed = {
      ...files,
      'baustein.json': `${JSON.stringify({ ...metadata(files), bezeichnung: 'Per REST' }, null, 2)}\n`,
      [FIXTURE_BPMN]: (files[FIXTURE_BPMN] ?? '').replace(
        'name="Nachweis prüfen"',
        'name="Nachweis per REST prüfen"'
      ),
      [NOTES]: 'Erste Zeile\nGeänderte Zeile\n',
    }
    const update = await mergeFolderIntoDocument(doc, LABEL, changed)
    expect(update).toBeInstanceOf(Uint8Array)
    // A rename, one field and a line: far smaller than the document.
    expect(update?.length).toBeLessThan(Y.encodeStateAsUpdate(doc).length / 10)
    Y.applyUpdate(editor, update ?? new Uint8Array())
    const merged = await filesOf(editor)
    expect(metadata(merged).bezeichnung).toBe('Per REST')
    expect(metadata(merged).definition).toBe('Vom Editor geändert')
    expect(merged[FIXTURE_BPMN]).toContain('name="Nachweis per REST prüfen"')
    expect(merged[NOTES]).toBe('Erste Zeile\nGeänderte Zeile\n')
    // The document itself now derives exactly the uploaded folder.
    expect(await filesOf(doc)).toEqual(changed)
  })

  it('merges only the files it is given', async () => {
    const { doc, files } = await seeded()
    const editor = documentOf([Y.encodeStateAsUpdate(doc)])
    setJsonValue(editor, 'editor', 'baustein.json', ['definition'], 'Vom Editor geändert')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor))
    const update = await mergeFolderIntoDocument(doc, LABEL, { [NOTES]: 'Nur die Notizen\n' })
    expect(update).toBeInstanceOf(Uint8Array)
    const merged = await filesOf(doc)
    expect(merged[NOTES]).toBe('Nur die Notizen\n')
    expect(metadata(merged).definition).toBe('Vom Editor geändert')
    expect(merged[FIXTURE_BPMN]).toBe(files[FIXTURE_BPMN])
  })

  it('adds a file the document does not list and removes one the caller names, in one update', async () => {
    const { doc, files } = await seeded()
    const editor = documentOf([Y.encodeStateAsUpdate(doc)])
    const update = await mergeFolderIntoDocument(doc, LABEL, { [DMN_FILE]: await referenceDmn() }, [
      NOTES,
    ])
    expect(update).toBeInstanceOf(Uint8Array)
    Y.applyUpdate(editor, update ?? new Uint8Array())
    const merged = await filesOf(editor)
    expect(Object.keys(merged).sort()).toEqual(
      Object.keys({ ...files, [DMN_FILE]: '' })
        .filter((name) => name !== NOTES)
        .sort()
    )
    expect(merged[DMN_FILE]).toContain('<decision id=')
    expect(merged[FIXTURE_BPMN]).toBe(files[FIXTURE_BPMN])
    // Removing a file an editor removed already (not yet written back) changes nothing.
    expect(await mergeFolderIntoDocument(doc, LABEL, {}, [NOTES])).toBeUndefined()
  })

  it('refuses an unreadable added file, a second BPMN model, removing the BPMN model and a model with another root, changing nothing', async () => {
    const { doc, files } = await seeded()
    const before = Y.encodeStateVector(doc)
    const unreadable = mergeFolderIntoDocument(doc, LABEL, { ...files, [DMN_FILE]: '<x/>' })
    await expect(unreadable).rejects.toBeInstanceOf(ValidationError)
    await expect(unreadable).rejects.toMatchObject({ status: 422 })
    const second = mergeFolderIntoDocument(doc, LABEL, {
      'zweites.bpmn': files[FIXTURE_BPMN] ?? '',
    })
    await expect(second).rejects.toBeInstanceOf(DraftDocumentConflictError)
    await expect(second).rejects.toMatchObject({ code: 'lifecycle.documentFileList' })
    await expect(mergeFolderIntoDocument(doc, LABEL, {}, [FIXTURE_BPMN])).rejects.toMatchObject({
      code: 'lifecycle.documentFileList',
    })
    const otherRoot = (files[FIXTURE_BPMN] ?? '').replace(
      /(<bpmn:definitions[^>]*\sid=")([^"]+)"/,
      '$1Definitions_Anders"'
    )
    expect(otherRoot).not.toBe(files[FIXTURE_BPMN])
    await expect(
      mergeFolderIntoDocument(doc, LABEL, { ...files, [FIXTURE_BPMN]: otherRoot })
    ).rejects.toMatchObject({ code: 'lifecycle.documentModelRoot' })
    await expect(
      mergeFolderIntoDocument(doc, LABEL, { ...files, [FIXTURE_BPMN]: '<bpmn:definitions' })
    ).rejects.toThrow()
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(await filesOf(doc)).toEqual(files)
  })
})

async function referenceDmn(): Promise<string> {
  const folder = await readModelFolder(join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
  return folder.files['hundesteuer-anmelden.dmn'] ?? ''
}
