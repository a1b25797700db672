import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BlueprintError } from '../model/blueprintError'
import { BUNDLE_LIMITS } from './limits'
import { readBundleZip } from './readZip'
import { writeDeterministicZip } from './writeZip'

const text = (value: string) => new TextEncoder().encode(value)

function refusal(archive: Uint8Array, limits = BUNDLE_LIMITS): string | undefined {
  try {
    readBundleZip(archive, limits)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(BlueprintError)
    const problem = (error as BlueprintError).problems[0]
    expect(problem?.message.de).not.toBe('')
    expect(problem?.message.en).not.toBe('')
    return problem?.code
  }
}

/** fflate writes whatever name it is given; the reader must be the one that refuses. */
const rawZip = (entries: Record<string, Uint8Array>) => zipSync(entries)

describe('writeDeterministicZip / readBundleZip', () => {
  it('round-trips files in path order with fixed attributes', () => {
    const archive = writeDeterministicZip([
      { path: 'b/z.json', content: text('{}') },
      { path: 'a.txt', content: text('x') },
    ])
    expect([...readBundleZip(archive).keys()]).toEqual(['a.txt', 'b/z.json'])
    expect(
      writeDeterministicZip([
        { path: 'a.txt', content: text('x') },
        { path: 'b/z.json', content: text('{}') },
      ])
    ).toEqual(archive)
  })

  it.each([
    ['../evil.txt'],
    ['a/../../evil.txt'],
    ['/etc/passwd'],
    ['C:/windows/evil.txt'],
    ['a\\..\\evil.txt'],
    ['folder/'],
    ['a//b.txt'],
  ])('refuses the zip-slip path %s', (name) => {
    expect(refusal(rawZip({ [name]: text('x') }))).toBe('blueprint.unsafePath')
  })

  it('refuses duplicate names, also differing only in case', () => {
    expect(refusal(rawZip({ 'a/b.txt': text('1'), 'A/B.txt': text('2') }))).toBe(
      'blueprint.duplicateEntry'
    )
  })

  it('refuses an oversized archive before reading it', () => {
    const archive = rawZip({ 'a.txt': text('x'.repeat(1000)) })
    expect(refusal(archive, { ...BUNDLE_LIMITS, maxArchiveBytes: archive.length - 1 })).toBe(
      'blueprint.archiveTooLarge'
    )
  })

  it('refuses a zip bomb by its compression ratio before inflating', () => {
    const bomb = zipSync({ 'bomb.txt': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] })
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(refusal(bomb)).toBe('blueprint.compressionRatio')
  })

  it('refuses archives that declare too much in total or too many entries', () => {
    const archive = rawZip({ 'a.txt': text('x'.repeat(600)), 'b.txt': text('y'.repeat(600)) })
    expect(refusal(archive, { ...BUNDLE_LIMITS, maxTotalBytes: 1000 })).toBe(
      'blueprint.totalTooLarge'
    )
    expect(refusal(archive, { ...BUNDLE_LIMITS, maxEntries: 1 })).toBe('blueprint.tooManyEntries')
    expect(refusal(archive, { ...BUNDLE_LIMITS, maxEntryBytes: 500 })).toBe(
      'blueprint.entryTooLarge'
    )
  })

  it('stops inflating when an entry produces more than its header declared', () => {
    const archive = rawZip({ 'a.txt': text('x'.repeat(5000)) })
    // Forge the declared uncompressed size (central directory and local header) down to 100.
    const forged = archive.slice()
    const view = new DataView(forged.buffer)
    for (let i = 0; i < forged.length - 4; i++) {
      const signature = view.getUint32(i, true)
      if (signature === 0x04034b50) view.setUint32(i + 22, 100, true)
      if (signature === 0x02014b50) view.setUint32(i + 24, 100, true)
    }
    expect(refusal(forged)).toBe('blueprint.sizeMismatch')
  })

  it('refuses what is not a zip at all', () => {
    expect(refusal(text('this is not a zip archive'))).toBe('blueprint.corruptArchive')
  })
})
