/**
 * Every upload limit of the API, in one place (documented in docs/api.md). Each is enforced before
 * any content is parsed: by Content-Length and byte counting for bodies, by counting while streaming
 * for multipart, and by declared AND actually inflated sizes for zip archives.
 */
import type { FastifyRequest } from 'fastify'

const MIB = 1024 * 1024

/** JSON request bodies (including `{ files: { name: text } }` uploads). */
export const JSON_BODY_MAX_BYTES = 2 * MIB
/** One BPMN, DMN or JSON file: the domain's XML limit (docs/models.md). */
export const FILE_MAX_BYTES = 10 * MIB
/** All files of one building block together (the folder limit of docs/models.md). */
export const FOLDER_MAX_BYTES = 25 * MIB
/** Files in one building block (the folder limit of docs/models.md). */
export const FOLDER_MAX_FILES = 20
/** A zip archive as uploaded (compressed). */
export const ZIP_MAX_BYTES = 25 * MIB
/** Entries in a zip archive. */
export const ZIP_MAX_ENTRIES = 20
/** What a zip archive may expand to, in total; counted while inflating, not trusted from headers. */
export const ZIP_MAX_UNCOMPRESSED_BYTES = 25 * MIB
/** Non-file form fields in a multipart upload (none are needed; a few are tolerated and refused). */
export const MULTIPART_MAX_FIELDS = 5

/** The body limit that applied to this request, for the 413 message. */
export function bodyLimitFor(request: FastifyRequest): number {
  if (request.headers['content-type']?.toLowerCase().startsWith('application/zip')) {
    return ZIP_MAX_BYTES
  }
  return request.routeOptions.config.rawFileUpload === true ? FILE_MAX_BYTES : JSON_BODY_MAX_BYTES
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a single raw file as its body (limit FILE_MAX_BYTES). */
    rawFileUpload?: boolean
    /** Media types the route's body may have, named in the 415 answer (default application/json). */
    acceptedMediaTypes?: string[]
  }
}
