import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  checkBausteinFolder,
  diSnapshot,
  parseBpmn,
  parseDmn,
  readDmnFacts,
  semanticSnapshot,
  serializeBpmn,
  serializeDmn,
} from '@bauplan/domain'
import { readAllModelFolders } from '@bauplan/models'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from './deriveFiles'
import { seedDraftDocument } from './seedDraftDocument'

const folders = await readAllModelFolders()
const MIWG = join(import.meta.dirname, '../../../../../shared/corpora/bpmn-miwg')

async function seeded(files: Record<string, string>): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const seed = await seedDraftDocument(doc, files)
  expect(seed.problems).toEqual([])
  return doc
}

async function snapshots(xml: string) {
  const parsed = await parseBpmn(xml)
  if (!parsed.definitions) throw new Error('unparsable')
  return { semantic: semanticSnapshot(parsed.definitions), di: diSnapshot(parsed.definitions) }
}

async function dmnFacts(xml: string) {
  const parsed = await parseDmn(xml)
  if (!parsed.definitions) throw new Error('unparsable')
  return readDmnFacts(parsed.definitions)
}

describe('reference models: parse → seed → derive', () => {
  it.each(folders.map((folder) => [folder.slug, folder] as const))('%s', async (_name, folder) => {
    const doc = await seeded(folder.files)
    const derived = await deriveFiles(doc)
    expect(Object.keys(derived).sort()).toEqual(Object.keys(folder.files).sort())
    const check = await checkBausteinFolder(derived)
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([])
    for (const [file, text] of Object.entries(folder.files)) {
      if (file.endsWith('.bpmn')) {
        expect(await snapshots(derived[file] ?? '')).toEqual(await snapshots(text))
        const parsed = await parseBpmn(text)
        if (!parsed.definitions) throw new Error('unparsable')
        expect(derived[file]).toBe(await serializeBpmn(parsed.definitions))
      } else if (file.endsWith('.dmn')) {
        expect(await dmnFacts(derived[file] ?? '')).toEqual(await dmnFacts(text))
        // Stronger: the derived text is what the domain writes for the file as read.
        const parsed = await parseDmn(text)
        if (!parsed.definitions) throw new Error('unparsable')
        expect(derived[file]).toBe(await serializeDmn(parsed.definitions))
      } else if (file.endsWith('.json')) {
        expect(JSON.parse(derived[file] ?? '')).toEqual(JSON.parse(text))
      }
    }
  })
})

describe('BPMN MIWG reference corpus: parse → seed → derive', () => {
  const present = existsSync(MIWG)
  if (!present) console.warn(`skipped: the MIWG corpus is not at ${MIWG}`)
  const files = present ? readdirSync(MIWG).filter((name) => name.endsWith('.bpmn')) : []
  it.skipIf(!present).each(files)('%s', async (file) => {
    const xml = readFileSync(join(MIWG, file), 'utf8')
    const doc = await seeded({ [file]: xml })
    const derived = (await deriveFiles(doc))[file] ?? ''
    expect(await snapshots(derived)).toEqual(await snapshots(xml))
    const parsed = await parseBpmn(xml)
    if (!parsed.definitions) throw new Error('unparsable')
    expect(derived).toBe(await serializeBpmn(parsed.definitions))
  })
})
