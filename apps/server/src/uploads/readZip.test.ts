import { describe, expect, it } from 'vitest'
import { HttpProblem } from '../http/httpProblem'
import { FILE_MAX_BYTES, ZIP_MAX_ENTRIES } from './limits'
import { readZipFolder } from './readZip'
import { zipFolder } from './writeZip'
import { patchEntry, zipOf } from './zipTestSupport'

function problemOf(run: () => unknown): HttpProblem {
  try {
    run()
  } catch (error) {
    if (error instanceof HttpProblem) return error
    throw error
  }
  throw new Error('expected an HttpProblem')
}

const MIB = 1024 * 1024

describe('readZipFolder', () => {
  it('reads the files of a folder zip as text', () => {
    const files = readZipFolder(
      zipOf({ 'baustein.json': '{"name":"Prüfen"}', 'a.bpmn': '<definitions/>' })
    )
    expect(files).toEqual({ 'baustein.json': '{"name":"Prüfen"}', 'a.bpmn': '<definitions/>' })
  })

  it('reads what zipFolder writes (round trip)', () => {
    const folder = { 'baustein.json': '{}\n', 'x.dmn': '<definitions/>', 'x.bpmn': '<d/>' }
    expect(readZipFolder(zipFolder(folder))).toEqual(folder)
  })

  it.each([
    ['../escape.bpmn'],
    ['/etc/passwd.json'],
    ['sub/folder.bpmn'],
    ['sub\\folder.bpmn'],
    ['C:evil.json'],
    ['ordner/'],
  ])('refuses the zip-slip entry name %j', (name) => {
    const problem = problemOf(() => readZipFolder(zipOf({ [name]: 'x' })))
    expect(problem.status).toBe(400)
    expect(problem.code).toBe('upload.zipEntryName')
    expect(problem.problems[0]?.file).toBe(name)
  })

  it('refuses more entries than allowed before inflating any', () => {
    const many: Record<string, string> = {}
    for (let i = 0; i <= ZIP_MAX_ENTRIES; i++) many[`f${i}.bpmn`] = '<x/>'
    const problem = problemOf(() => readZipFolder(zipOf(many)))
    expect([problem.status, problem.code]).toEqual([413, 'upload.zipTooManyEntries'])
  })

  it('refuses a file whose declared size is above the file limit', () => {
    const problem = problemOf(() =>
      readZipFolder(zipOf({ 'big.bpmn': new Uint8Array(FILE_MAX_BYTES + 1) }, 9))
    )
    expect([problem.status, problem.code]).toEqual([413, 'upload.fileTooLarge'])
  })

  it('refuses an archive that honestly declares more than the total limit', () => {
    const nineMib = new Uint8Array(9 * MIB)
    const problem = problemOf(() =>
      readZipFolder(zipOf({ 'a.bpmn': nineMib, 'b.bpmn': nineMib, 'c.bpmn': nineMib }, 9))
    )
    expect([problem.status, problem.code]).toEqual([413, 'upload.zipUncompressedTooLarge'])
  })

  it('stops a zip bomb that lies about its size, counting the inflated bytes', () => {
    // 12 MiB of zeros compress to a few KiB; the headers claim 10 bytes.
    const bomb = patchEntry(zipOf({ 'bomb.bpmn': new Uint8Array(12 * MIB) }, 9), 'bomb.bpmn', {
      originalSize: 10,
    })
    expect(bomb.length).toBeLessThan(100 * 1024)
    const problem = problemOf(() => readZipFolder(bomb))
    expect([problem.status, problem.code]).toEqual([413, 'upload.fileTooLarge'])
  })

  it('stops a zip bomb whose entries each stay under the file limit but together pass the total', () => {
    const nineMib = new Uint8Array(9 * MIB)
    let bomb = zipOf({ 'a.bpmn': nineMib, 'b.bpmn': nineMib, 'c.bpmn': nineMib }, 9)
    for (const name of ['a.bpmn', 'b.bpmn', 'c.bpmn'])
      bomb = patchEntry(bomb, name, { originalSize: 10 })
    const problem = problemOf(() => readZipFolder(bomb))
    expect([problem.status, problem.code]).toEqual([413, 'upload.zipUncompressedTooLarge'])
  })

  it('refuses an entry that inflates to a size other than declared', () => {
    const lying = patchEntry(zipOf({ 'a.bpmn': '<definitions>…</definitions>' }), 'a.bpmn', {
      originalSize: 3,
    })
    const problem = problemOf(() => readZipFolder(lying))
    expect([problem.status, problem.code]).toEqual([400, 'upload.zipSizeMismatch'])
  })

  it('refuses duplicate names and unknown compression methods', () => {
    const twice = patchEntry(zipOf({ 'a.bpmn': '<x/>', 'b.bpmn': '<y/>' }), 'b.bpmn', {
      rename: 'a.bpmn',
    })
    expect(problemOf(() => readZipFolder(twice)).code).toBe('upload.duplicateFile')
    const lzma = patchEntry(zipOf({ 'a.bpmn': '<x/>' }), 'a.bpmn', { compression: 14 })
    expect(problemOf(() => readZipFolder(lzma)).status).toBe(415)
  })

  it('refuses files that are not building-block files or not UTF-8', () => {
    expect(problemOf(() => readZipFolder(zipOf({ 'run.exe': 'MZ' }))).status).toBe(415)
    const latin1 = new Uint8Array([0x3c, 0x78, 0xe4, 0x2f, 0x3e])
    expect(problemOf(() => readZipFolder(zipOf({ 'a.bpmn': latin1 }))).code).toBe('upload.notUtf8')
  })

  it('refuses bytes that are not a zip, and an empty zip', () => {
    const garbage = problemOf(() => readZipFolder(new TextEncoder().encode('not a zip file')))
    expect([garbage.status, garbage.code]).toEqual([400, 'upload.zipCorrupt'])
    expect(problemOf(() => readZipFolder(zipOf({}))).code).toBe('upload.noFiles')
  })
})

describe('zipFolder', () => {
  it('is deterministic: same folder, same bytes, whatever the order of the keys', () => {
    const a = zipFolder({ 'b.bpmn': '<b/>', 'a.json': '{}' })
    const b = zipFolder({ 'a.json': '{}', 'b.bpmn': '<b/>' })
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    expect(
      Buffer.from(a).equals(Buffer.from(zipFolder({ 'a.json': '{ }', 'b.bpmn': '<b/>' })))
    ).toBe(false)
  })
})
