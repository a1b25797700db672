/** Builds a multipart/form-data body by hand, as a browser would send a file form. */
export interface FormFile {
  name: string
  content: string | Uint8Array
  type?: string
}

export function multipartBody(
  files: readonly FormFile[],
  fields: Record<string, string> = {}
): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = '----bauplan-test-boundary-7MA4YWxkTrZu0gW'
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
      )
    )
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n')
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}
