/**
 * Sends a bundle to the server and reports how much of it has left the browser. `fetch` cannot
 * report upload progress over HTTP/1.1, so the workbench uses XMLHttpRequest, whose `upload`
 * object fires progress events; the transport is a function so that component tests can answer
 * from their fake server instead (see `fetchUploader`).
 */
export interface UploadProgress {
  sent: number
  total: number
}

export interface UploadRequest {
  url: string
  body: Blob
  headers: Readonly<Record<string, string>>
  onProgress: (progress: UploadProgress) => void
  signal?: AbortSignal
}

/** The server's answer, unparsed: the caller decides what a status means. */
export interface UploadAnswer {
  status: number
  text: string
}

export type Uploader = (request: UploadRequest) => Promise<UploadAnswer>

/** Thrown when the request never got an answer (network down, server gone). */
export class UploadUnreachableError extends Error {
  constructor() {
    super('upload failed before the server answered')
    this.name = 'UploadUnreachableError'
  }
}

/** The browser's own upload with progress events; cookies travel as for same-origin fetch. */
export const xhrUploader: Uploader = ({ url, body, headers, onProgress, signal }) =>
  new Promise<UploadAnswer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload aborted', 'AbortError'))
      return
    }
    const request = new XMLHttpRequest()
    request.open('POST', url)
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value)
    // Listeners on `upload` must exist before send(), or the browser reports no upload progress.
    request.upload.addEventListener('progress', (event) => {
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : body.size })
    })
    request.addEventListener('load', () => {
      signal?.removeEventListener('abort', abort)
      resolve({ status: request.status, text: request.responseText })
    })
    request.addEventListener('error', () => {
      signal?.removeEventListener('abort', abort)
      reject(new UploadUnreachableError())
    })
    request.addEventListener('abort', () => {
      reject(new DOMException('Upload aborted', 'AbortError'))
    })
    const abort = () => request.abort()
    signal?.addEventListener('abort', abort, { once: true })
    onProgress({ sent: 0, total: body.size })
    request.send(body)
  })

/**
 * An uploader over a `fetch` function: progress is reported at the start and when the answer is
 * there. For the component tests' fake server; the workbench itself uses `xhrUploader`.
 */
export function fetchUploader(fetchImpl: typeof fetch): Uploader {
  return async ({ url, body, headers, onProgress, signal }) => {
    onProgress({ sent: 0, total: body.size })
    let response: Response
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        body,
        headers,
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      })
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw new UploadUnreachableError()
    }
    onProgress({ sent: body.size, total: body.size })
    return { status: response.status, text: await response.text() }
  }
}
