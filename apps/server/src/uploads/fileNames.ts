/**
 * Which files a building block may contain and how each may be sent. The rules for the CONTENT
 * live in @bauplan/domain; here only what the HTTP layer must decide before reading a byte:
 * a safe name (no path, so nothing can escape a folder when written to disk again) and the media
 * types accepted for a raw upload.
 */
import { fileProblem, type HttpProblem } from '../http/httpProblem'
import { text } from '../i18n/text'

const MAX_NAME_LENGTH = 255
// Control characters (C0, DEL, C1) in a name can spoof what a terminal or log shows.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/

/** Whether `name` is a plain file name: no folder, no drive, not hidden, no control characters. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes(':') &&
    !name.startsWith('.') &&
    !CONTROL_CHARACTERS.test(name)
  )
}

export function requireSafeFileName(name: string): void {
  if (!isSafeFileName(name)) {
    throw fileProblem(400, 'upload.badFileName', text('upload.badFileName', name), name)
  }
}

const XML_TYPES = ['application/xml', 'text/xml']
const ACCEPTED_TYPES: Readonly<Record<string, readonly string[]>> = {
  '.bpmn': [...XML_TYPES, 'application/bpmn+xml'],
  '.dmn': [...XML_TYPES, 'application/dmn+xml'],
  '.json': ['application/json'],
}

/** Every media type a raw file upload may use (for the content-type parser). */
export const RAW_FILE_MEDIA_TYPES = [...new Set(Object.values(ACCEPTED_TYPES).flat())]

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

/** Media types accepted for a file of this name; undefined if the file type has no place in a block. */
export function acceptedMediaTypes(name: string): readonly string[] | undefined {
  return ACCEPTED_TYPES[extensionOf(name)]
}

/** 415 unless `mediaType` (without parameters) suits the file's extension. */
export function requireFileMediaType(name: string, contentType: string | undefined): void {
  const accepted = acceptedMediaTypes(name)
  if (accepted === undefined) {
    throw unsupported(name, text('upload.unsupportedFileType', name))
  }
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!accepted.includes(essence)) {
    throw unsupported(name, text('upload.fileMediaType', name, essence, accepted.join(', ')))
  }
}

/** For uploads without a trustworthy media type (multipart parts, zip entries): the extension decides. */
export function requireKnownFileType(name: string): void {
  if (acceptedMediaTypes(name) === undefined) {
    throw unsupported(name, text('upload.unsupportedFileType', name))
  }
}

function unsupported(name: string, detail: ReturnType<typeof text>): HttpProblem {
  return fileProblem(415, 'upload.unsupportedMediaType', detail, name)
}
