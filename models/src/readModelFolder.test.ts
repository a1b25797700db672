import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  FOLDER_LIMITS,
  FolderReadError,
  listModelFolders,
  readModelFolder,
} from './readModelFolder'

let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bauplan-models-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('readModelFolder', () => {
  it('reads every file of a folder as text, keyed by name', async () => {
    const dir = path.join(root, 'bausteine', 'identitaet-pruefen')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'baustein.json'), '{"name":"Identität prüfen"}')
    await writeFile(path.join(dir, 'identitaet-pruefen.bpmn'), '<x/>')
    const folder = await readModelFolder(dir)
    expect(folder.slug).toBe('identitaet-pruefen')
    expect(Object.keys(folder.files)).toEqual(['baustein.json', 'identitaet-pruefen.bpmn'])
    expect(folder.files['baustein.json']).toContain('Identität prüfen')
  })

  it('refuses a folder with more files than allowed', async () => {
    const dir = path.join(root, 'many')
    await mkdir(dir)
    for (let i = 0; i <= FOLDER_LIMITS.maxFiles; i++)
      await writeFile(path.join(dir, `f${i}.txt`), '')
    await expect(readModelFolder(dir)).rejects.toThrow(FolderReadError)
    await expect(readModelFolder(dir)).rejects.toThrow(/höchstens 20 erlaubt .* at most 20 allowed/)
  })

  it('refuses a file over the size limit before reading it', async () => {
    const dir = path.join(root, 'big')
    await mkdir(dir)
    await writeFile(path.join(dir, 'big.bpmn'), Buffer.alloc(FOLDER_LIMITS.maxFileBytes + 1, 32))
    await expect(readModelFolder(dir)).rejects.toThrow(/zu groß .* too large/)
  })
})

describe('listModelFolders', () => {
  it('lists the folders of both collections in a stable order and ignores loose files', async () => {
    await mkdir(path.join(root, 'verfahren', 'b'), { recursive: true })
    await mkdir(path.join(root, 'bausteine', 'a'), { recursive: true })
    await writeFile(path.join(root, 'bausteine', 'README.md'), '')
    const folders = await listModelFolders(root)
    expect(folders.map((f) => path.relative(root, f))).toEqual([
      path.join('bausteine', 'a'),
      path.join('verfahren', 'b'),
    ])
  })
})
