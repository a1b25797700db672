/** English message catalogue; same keys and parameters as `de.ts` (enforced by the type). */
import type { Messages } from './de'

export const en: Messages = {
  'status.400': 'Bad request',
  'status.401': 'Authentication required',
  'status.403': 'Forbidden',
  'status.404': 'Not found',
  'status.405': 'Method not allowed',
  'status.409': 'Conflict',
  'status.413': 'Content too large',
  'status.415': 'Unsupported media type',
  'status.422': 'Unprocessable content',
  'status.429': 'Too many requests',
  'status.500': 'Internal server error',
  'status.other': 'Error',

  'request.notFound': (method, url) =>
    `There is nothing at ${method} ${url}. The API reference is at /api/docs.`,
  'request.invalidJson': (reason) => `The request body is not valid JSON: ${reason}.`,
  'request.emptyJson': 'The request body is empty although Content-Type is application/json.',
  'request.internal':
    'An unexpected error occurred on the server. It has been logged; please try again later.',
  'request.generic': (reason) => `The request failed: ${reason}`,

  'where.body': 'request body',
  'where.querystring': 'query parameter',
  'where.params': 'path parameter',
  'where.headers': 'header',
  'where.field': (part, field) => `${part}, field "${field}"`,
  'validation.required': (where) => `${where}: required but missing.`,
  'validation.type': (where, type) => `${where}: must be ${type}.`,
  'validation.additionalProperties': (where) => `${where}: unknown field; it is not expected here.`,
  'validation.enum': (where, allowed) => `${where}: must be one of: ${allowed}.`,
  'validation.minLength': (where, limit) => `${where}: must be at least ${limit} characters long.`,
  'validation.maxLength': (where, limit) => `${where}: must be at most ${limit} characters long.`,
  'validation.minimum': (where, limit) => `${where}: must be at least ${limit}.`,
  'validation.maximum': (where, limit) => `${where}: must be at most ${limit}.`,
  'validation.pattern': (where, pattern) =>
    `${where}: does not have the expected form (pattern ${pattern}).`,
  'validation.format': (where, format) => `${where}: is not a valid "${format}" value.`,
  'validation.minItems': (where, limit) => `${where}: needs at least ${limit} entries.`,
  'validation.maxItems': (where, limit) => `${where}: may have at most ${limit} entries.`,
  'validation.other': (where, reason) => `${where}: invalid (${reason}).`,
  'validation.summary': (count, first) =>
    count === 1 ? first : `${count} problems in the request. First: ${first}`,
  'type.string': 'a string',
  'type.integer': 'an integer',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.object': 'an object',
  'type.array': 'a list',
  'type.null': 'null',

  'auth.required':
    'This request needs authentication: a session cookie (POST /api/session) or an API token in the header "Authorization: Bearer bpl_…".',
  'auth.malformedAuthorization':
    'The Authorization header must have the form "Bearer bpl_…" (a personal API token).',
  'auth.invalidToken': 'The API token is unknown, expired or revoked.',
  'auth.userDisabled': 'This account is disabled; please contact the administration.',
  'auth.csrf':
    'The X-CSRF-Token header is missing or does not match the session. With cookie authentication every changing request must send the value of the bauplan_csrf cookie in X-CSRF-Token.',
  'auth.invalidCredentials': 'User name (or e-mail address) or password is wrong.',
  'auth.rateLimited': (seconds) =>
    `Too many failed login attempts. Please try again in ${seconds} seconds.`,
  'auth.adminRequired': 'Only people with the Admin role may manage organisations and users.',
  'auth.notOwnToken': (id) => `You have no API token with the id "${id}".`,
  'auth.cannotDisableSelf':
    'You cannot disable your own account; this way someone who can administer always remains.',

  'admin.lastAdmin':
    'This is the last active person with the Admin role; without it nobody could manage users any more. Grant the role to someone else first.',
  'upload.zipWithFiles':
    'A zip archive holds the whole building-block folder; send it alone, not together with single files.',
  'catalogue.organisationRequired':
    'Which organisation shall own the block? Pass ?organisation= (you are an analyst in none or in several organisations).',
  'upload.tooManyParts': 'The form has too many parts or fields.',
  'upload.bodyTooLarge': (limit) => `The request body is larger than allowed (at most ${limit}).`,
  'upload.fileTooLarge': (name, limit) =>
    `File "${name}" is larger than allowed (at most ${limit} per file).`,
  'upload.folderTooLarge': (limit) =>
    `The files together are larger than allowed (at most ${limit}).`,
  'upload.tooManyFiles': (max) => `Too many files: at most ${max} per building block.`,
  'upload.zipTooManyEntries': (max) => `The zip archive has too many entries: at most ${max}.`,
  'upload.zipUncompressedTooLarge': (limit) =>
    `The zip archive expands to more than ${limit}; it is not accepted.`,
  'upload.zipCorrupt': 'The file is not a readable zip archive.',
  'upload.zipEntryName': (name) =>
    `Zip entry "${name}": names must contain no folders ("/", "\\"), no ".." and no absolute paths. Put the files of the building-block folder directly into the archive, not the folder.`,
  'upload.zipCompression': (name, method) =>
    `Zip entry "${name}" uses compression method ${method}; only "stored" (0) and "deflate" (8) are read.`,
  'upload.zipSizeMismatch': (name) =>
    `Zip entry "${name}" is larger or smaller than the archive declares; the archive is damaged or manipulated.`,
  'upload.duplicateFile': (name) => `The file "${name}" occurs more than once.`,
  'upload.notUtf8': (name) => `File "${name}" is not UTF-8 text.`,
  'upload.noFiles': 'The request contains no files.',
  'upload.badFileName': (name) =>
    `"${name}" is not an allowed file name (no folders, no "..", no control characters, at most 255 characters).`,
  'upload.unsupportedMediaType': (type, accepted) =>
    `Media type "${type}" is not accepted here; allowed: ${accepted}.`,
  'upload.fileMediaType': (name, type, accepted) =>
    `File "${name}" was sent as "${type}"; allowed for this kind of file: ${accepted}.`,
  'upload.unsupportedFileType': (name) =>
    `File "${name}": only .bpmn, .dmn and .json files belong in a building block.`,
  'upload.multipartField': (field) =>
    `The form field "${field}" is not expected here; only files are.`,
}
