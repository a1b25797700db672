import { fileProblem } from '../http/httpProblem'
import { text } from '../i18n/text'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Building-block files are UTF-8 text; anything else is refused instead of silently mangled. */
export function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    throw fileProblem(400, 'upload.notUtf8', text('upload.notUtf8', name), name)
  }
}
