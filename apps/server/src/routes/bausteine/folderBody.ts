/**
 * The request body of every whole-folder upload, per media type, for validation and for the API
 * reference. Multipart and zip bodies are checked while they are read (uploads/folderUpload.ts),
 * so their schemas only describe them (no `type`: there is no JSON to validate).
 */
import type { JsonSchema } from '../../schemas/common'
import {
  FILE_MAX_BYTES,
  FOLDER_MAX_FILES,
  JSON_BODY_MAX_BYTES,
  ZIP_MAX_BYTES,
} from '../../uploads/limits'

const MIB = 1024 * 1024

export const folderBody: JsonSchema = {
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        description: `Dateiname → Text / file name → text (body at most ${JSON_BODY_MAX_BYTES / MIB} MiB)`,
        properties: {
          files: {
            type: 'object',
            minProperties: 1,
            maxProperties: FOLDER_MAX_FILES,
            additionalProperties: { type: 'string' },
          },
        },
      },
    },
    'multipart/form-data': {
      schema: {
        description: `Die Dateien des Ordners oder genau ein .zip / the folder's files or exactly one .zip (each file at most ${FILE_MAX_BYTES / MIB} MiB, at most ${FOLDER_MAX_FILES} files)`,
        properties: {
          files: { type: 'array', items: { type: 'string', format: 'binary' } },
        },
      },
    },
    'application/zip': {
      schema: {
        format: 'binary',
        description: `Zip der Dateien des Ordners (ohne Unterordner), höchstens ${ZIP_MAX_BYTES / MIB} MiB / zip of the folder's files (no sub-folders)`,
      },
    },
  },
}
