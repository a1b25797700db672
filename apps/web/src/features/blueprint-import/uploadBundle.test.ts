import { describe, expect, it } from 'vitest'
import { xhrUploader, type UploadProgress } from './uploadBundle'

describe('xhrUploader (real XMLHttpRequest in Chromium)', () => {
  it('reports the upload progress up to the whole body and hands back the answer', async () => {
    const body = new Blob([new Uint8Array(512 * 1024).fill(7)], { type: 'application/zip' })
    const seen: UploadProgress[] = []
    // The test page's own server answers (it has no such route); the upload happens all the same.
    const answer = await xhrUploader({
      url: `/__bauplan-upload-probe-${Date.now()}`,
      body,
      headers: { 'Content-Type': 'application/zip' },
      onProgress: (progress) => seen.push(progress),
    })
    expect(answer.status).toBeGreaterThanOrEqual(200)
    expect(seen[0]).toEqual({ sent: 0, total: body.size })
    expect(seen.at(-1)).toEqual({ sent: body.size, total: body.size })
  })

  it('stops when the signal aborts, with an AbortError', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      xhrUploader({
        url: '/__bauplan-upload-probe',
        body: new Blob(['x']),
        headers: {},
        onProgress: () => undefined,
        signal: controller.signal,
      })
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})
