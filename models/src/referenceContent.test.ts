/**
 * The reference catalogue is the seed of every installation and the fixture of many tests, so every
 * file in it must validate and every reference between its blocks must resolve.
 */
import path from 'node:path'
import {
  checkBausteinFolder,
  checkFolderSet,
  formatProblem,
  type FolderCheckResult,
} from '@bauplan/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { readAllModelFolders, type ModelFolder } from './readModelFolder'

interface Checked {
  folder: ModelFolder
  collection: string
  result: FolderCheckResult
}

let checked: Checked[] = []

beforeAll(async () => {
  const folders = await readAllModelFolders()
  checked = await Promise.all(
    folders.map(async (folder) => ({
      folder,
      collection: path.basename(path.dirname(folder.dir)),
      result: await checkBausteinFolder(folder.files),
    }))
  )
}, 60_000)

describe('the reference content in models/', () => {
  it('has at least 12 generic building blocks and 6 procedures', () => {
    expect(checked.filter((c) => c.collection === 'bausteine').length).toBeGreaterThanOrEqual(12)
    expect(checked.filter((c) => c.collection === 'verfahren').length).toBeGreaterThanOrEqual(6)
  })

  it('validates: every folder has valid metadata and models, with no errors and no warnings', () => {
    const report = checked.flatMap(({ folder, result }) =>
      result.problems.map((p) => `${folder.slug}: ${formatProblem(p, 'en')}`)
    )
    expect(report).toEqual([])
    for (const { result } of checked) expect(result.metadata).toBeDefined()
  })

  it('names each folder after the last part of its block id', () => {
    for (const { folder, result } of checked) {
      expect(result.metadata?.id.split(':').at(-1)).toBe(folder.slug)
    }
  })

  it('composes every procedure from building blocks by reference', () => {
    for (const { collection, folder, result } of checked) {
      if (collection !== 'verfahren') continue
      expect(result.references.length, folder.slug).toBeGreaterThanOrEqual(3)
    }
  })

  it('resolves every reference between blocks, without cycles', () => {
    const set = checkFolderSet(
      checked.map(({ result }) => ({
        id: result.metadata!.id,
        version: result.metadata!.version,
        file: result.metadata!.artefakte.bpmn.datei,
        references: result.references,
      }))
    )
    expect(set.problems.map((p) => `${p.block}: ${formatProblem(p, 'en')}`)).toEqual([])
  })

  it('calls each block by the process id it declares', () => {
    const processIdOf = new Map(
      checked.map(({ result }) => [result.metadata!.id, result.metadata!.artefakte.bpmn.processId])
    )
    for (const { folder, result } of checked) {
      for (const call of result.bpmn?.callActivities ?? []) {
        if (!call.bausteinRef) continue
        expect(call.calledElement, `${folder.slug} ${call.id}`).toBe(
          processIdOf.get(call.bausteinRef.id)
        )
      }
    }
  })
})
