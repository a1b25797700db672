import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BUNDLE_LIMITS } from './limits'
import { readZipSafely } from './readZipSafely'
import { ZipRefusal, type ZipRefusalReason } from './zipRefusal'

// The rules other callers than bundles set; the bundle defaults are tested in readZip.test.ts.

const text = (value: string) => new TextEncoder().encode(value)
const limits = BUNDLE_LIMITS

function reasonOf(run: () => unknown): ZipRefusalReason['kind'] {
  try {
    run()
  } catch (error) {
    if (error instanceof ZipRefusal) return error.reason.kind
    throw error
  }
  throw new Error('expected a ZipRefusal')
}

describe('readZipSafely', () => {
  it('returns the entries in the order of the central directory', () => {
    const archive = zipSync({ 'b.txt': text('b'), 'a.txt': text('a') })
    expect([...readZipSafely(archive, { limits }).keys()]).toEqual(['b.txt', 'a.txt'])
  })

  it("lets the caller's entry check throw its own error, before anything is inflated", () => {
    const refuseTxt = (path: string) => {
      if (path.endsWith('.txt')) throw new RangeError(`no text files: ${path}`)
    }
    const archive = zipSync({ 'a.txt': text('a') })
    expect(() => readZipSafely(archive, { limits, checkEntry: refuseTxt })).toThrow(RangeError)
  })

  it('takes the caller’s path rule and duplicate key', () => {
    const archive = zipSync({ 'a b.txt': text('1'), 'A B.txt': text('2') })
    expect(reasonOf(() => readZipSafely(archive, { limits }))).toBe('unsafePath')
    const files = readZipSafely(archive, {
      limits,
      isSafePath: (path) => !path.includes('/'),
      sameEntryKey: (path) => path,
    })
    expect([...files.keys()]).toEqual(['a b.txt', 'A B.txt'])
  })

  it('inflates past a lying declared size up to the entry limit when asked to', () => {
    // Incompressible bytes, so the entry comes out in several deflate blocks of ~25 KB.
    let seed = 1
    const noise = Uint8Array.from(
      { length: 200_000 },
      () => (seed = (seed * 48271) % 2147483647) & 0xff
    )
    const forged = zipSync({ 'a.bin': noise }).slice()
    const view = new DataView(forged.buffer)
    for (let i = 0; i < forged.length - 4; i++) {
      const signature = view.getUint32(i, true)
      if (signature === 0x04034b50) view.setUint32(i + 22, 100, true)
      if (signature === 0x02014b50) view.setUint32(i + 24, 100, true)
    }
    const small = { ...limits, maxEntryBytes: 100_000 }
    expect(reasonOf(() => readZipSafely(forged, { limits: small }))).toBe('sizeMismatch')
    expect(
      reasonOf(() => readZipSafely(forged, { limits: small, stopAtDeclaredSize: false }))
    ).toBe('entryTooLarge')
  })
})
