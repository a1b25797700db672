/**
 * Reads a whole building-block folder from a request, in any of the three accepted forms:
 * JSON `{ files: { name: text } }`, multipart form data with the files (or one zip), or a raw
 * `application/zip` body. Every form ends as the same file name → text map the catalogue checks.
 * Limits are enforced while reading, before anything is parsed.
 */
import type { FastifyRequest } from 'fastify'
import type { MultipartFile } from '@fastify/multipart'
import { fileProblem, HttpProblem } from '../http/httpProblem'
import { formatBytes, text } from '../i18n/text'
import { requireKnownFileType, requireSafeFileName } from './fileNames'
import {
  FILE_MAX_BYTES,
  FOLDER_MAX_BYTES,
  FOLDER_MAX_FILES,
  MULTIPART_MAX_FIELDS,
  ZIP_MAX_BYTES,
} from './limits'
import { readZipFolder } from './readZip'
import { decodeUtf8 } from './utf8'

export type FolderFiles = Record<string, string>

/** Media types a folder upload may use, in the order the API reference lists them. */
export const FOLDER_UPLOAD_MEDIA_TYPES = [
  'application/json',
  'multipart/form-data',
  'application/zip',
] as const

export async function readFolderUpload(request: FastifyRequest): Promise<FolderFiles> {
  const mediaType = mediaTypeOf(request)
  if (mediaType === 'application/json') {
    return checkedFolder((request.body as { files: FolderFiles }).files)
  }
  if (mediaType === 'application/zip') return readZipFolder(request.body as Buffer)
  if (mediaType === 'multipart/form-data') return readMultipart(request)
  throw new HttpProblem(
    415,
    'upload.unsupportedMediaType',
    text('upload.unsupportedMediaType', mediaType, FOLDER_UPLOAD_MEDIA_TYPES.join(', '))
  )
}

export function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** JSON uploads were size-checked by the body limit; names and count are checked here. */
function checkedFolder(files: FolderFiles): FolderFiles {
  const names = Object.keys(files)
  if (names.length === 0) throw new HttpProblem(400, 'upload.noFiles', text('upload.noFiles'))
  if (names.length > FOLDER_MAX_FILES) throw tooManyFiles()
  for (const name of names) {
    requireSafeFileName(name)
    requireKnownFileType(name)
  }
  return { ...files }
}

async function readMultipart(request: FastifyRequest): Promise<FolderFiles> {
  const files: FolderFiles = {}
  let zip: Uint8Array | undefined
  let total = 0
  const parts = request.parts({
    limits: {
      fileSize: ZIP_MAX_BYTES,
      files: FOLDER_MAX_FILES,
      fields: MULTIPART_MAX_FIELDS,
      fieldSize: 1024,
    },
  })
  for await (const part of parts) {
    if (part.type === 'field') {
      throw new HttpProblem(
        400,
        'upload.multipartField',
        text('upload.multipartField', part.fieldname)
      )
    }
    const name = part.filename
    requireSafeFileName(name)
    const isZip = name.toLowerCase().endsWith('.zip')
    if (!isZip) requireKnownFileType(name)
    if (name in files || (isZip && zip !== undefined)) {
      throw fileProblem(400, 'upload.duplicateFile', text('upload.duplicateFile', name), name)
    }
    const bytes = await readPart(part, isZip ? ZIP_MAX_BYTES : FILE_MAX_BYTES)
    total += bytes.length
    if (total > FOLDER_MAX_BYTES) throw folderTooLarge()
    if (isZip) zip = bytes
    else files[name] = decodeUtf8(name, bytes)
  }
  if (zip !== undefined) {
    // A zip is the whole folder; mixing it with loose files would make "which wins" a guess.
    if (Object.keys(files).length > 0) {
      throw new HttpProblem(400, 'upload.zipWithFiles', text('upload.zipWithFiles'))
    }
    return readZipFolder(zip)
  }
  if (Object.keys(files).length === 0) {
    throw new HttpProblem(400, 'upload.noFiles', text('upload.noFiles'))
  }
  return files
}

/** Reads one part, counting bytes: stops at `limit` instead of buffering whatever is sent. */
async function readPart(part: MultipartFile, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) {
      part.file.destroy()
      throw fileProblem(
        413,
        'upload.fileTooLarge',
        text('upload.fileTooLarge', part.filename, formatBytes(limit)),
        part.filename
      )
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function tooManyFiles(): HttpProblem {
  return new HttpProblem(413, 'upload.tooManyFiles', text('upload.tooManyFiles', FOLDER_MAX_FILES))
}

function folderTooLarge(): HttpProblem {
  return new HttpProblem(
    413,
    'upload.folderTooLarge',
    text('upload.folderTooLarge', formatBytes(FOLDER_MAX_BYTES))
  )
}
