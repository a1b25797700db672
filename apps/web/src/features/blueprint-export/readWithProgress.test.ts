import { describe, expect, it } from 'vitest'
import { fileNameOf, readWithProgress, type DownloadProgress } from './readWithProgress'

function chunked(chunks: number[], headers: Record<string, string>): Response {
  const queue = [...chunks]
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift()
      if (next === undefined) controller.close()
      else controller.enqueue(new Uint8Array(next).fill(1))
    },
  })
  return new Response(body, { headers })
}

describe('readWithProgress', () => {
  it('reports every chunk against Content-Length and returns all bytes', async () => {
    const seen: DownloadProgress[] = []
    const download = await readWithProgress(
      chunked([1000, 2000, 500], {
        'content-length': '3500',
        'content-disposition': 'attachment; filename="a-1.0.0-all.zip"',
      }),
      (progress) => seen.push(progress),
      'fallback.zip'
    )
    expect(seen.map((p) => p.received)).toEqual([0, 1000, 3000, 3500])
    expect(seen.every((p) => p.total === 3500)).toBe(true)
    expect(download.bytes.length).toBe(3500)
    expect(download.fileName).toBe('a-1.0.0-all.zip')
  })

  it('works without Content-Length (total unknown) and falls back to a file name', async () => {
    const seen: DownloadProgress[] = []
    const download = await readWithProgress(chunked([10], {}), (p) => seen.push(p), 'x-1.0.0.zip')
    expect(seen.at(-1)).toEqual({ received: 10, total: null })
    expect(download.fileName).toBe('x-1.0.0.zip')
  })

  it('never takes a path from the header as the file name', () => {
    expect(fileNameOf('attachment; filename="../evil.zip"', 'safe.zip')).toBe('safe.zip')
    expect(fileNameOf(null, 'safe.zip')).toBe('safe.zip')
  })
})
