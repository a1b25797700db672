/**
 * Reads a download as a stream, reporting the bytes received so far (and the total when the server
 * sends Content-Length), so a progress bar can follow a large bundle. Pure apart from the stream.
 */
export interface DownloadProgress {
  received: number
  /** From Content-Length; null when the server did not say. */
  total: number | null
}

export interface Download {
  bytes: Uint8Array
  fileName: string
}

export async function readWithProgress(
  response: Response,
  onProgress: (progress: DownloadProgress) => void,
  fallbackName: string
): Promise<Download> {
  const length = Number(response.headers.get('content-length'))
  const total = Number.isFinite(length) && length > 0 ? length : null
  const chunks: Uint8Array[] = []
  let received = 0
  onProgress({ received, total })
  const reader = response.body?.getReader()
  if (reader !== undefined) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      received += value.length
      onProgress({ received, total })
    }
  }
  const bytes = new Uint8Array(received)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return { bytes, fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName) }
}

/** The file name from `Content-Disposition: attachment; filename="x.zip"`, else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="([^"/\\]+)"/.exec(disposition ?? '')
  return match?.[1] ?? fallback
}
