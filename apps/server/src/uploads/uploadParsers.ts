/**
 * Body parsers for upload routes, registered only in the route plugins that take uploads (Fastify
 * scopes parsers to the plugin), so every other route keeps accepting JSON alone. Each parser has
 * its own body limit, checked by Fastify against Content-Length and the bytes received BEFORE the
 * parser runs.
 */
import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { RAW_FILE_MEDIA_TYPES } from './fileNames'
import { FILE_MAX_BYTES, FOLDER_MAX_FILES, MULTIPART_MAX_FIELDS, ZIP_MAX_BYTES } from './limits'

/** Folder uploads: JSON (default parser), multipart form data, or a raw zip. */
export async function acceptFolderUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: ZIP_MAX_BYTES,
      files: FOLDER_MAX_FILES,
      fields: MULTIPART_MAX_FIELDS,
      fieldSize: 1024,
    },
  })
  app.addContentTypeParser(
    'application/zip',
    { parseAs: 'buffer', bodyLimit: ZIP_MAX_BYTES },
    (_request, body, done) => done(null, body)
  )
}

/** Single-file uploads: the raw bytes of one BPMN, DMN or JSON file, nothing parsed yet. */
export function acceptRawFiles(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser(
    RAW_FILE_MEDIA_TYPES,
    { parseAs: 'buffer', bodyLimit: FILE_MAX_BYTES },
    (_request, body, done) => done(null, body)
  )
}
