/**
 * Reads a zip archive of a building-block folder with the safe zip reader of @bauplan/blueprint
 * (zip bombs: declared sizes first, then the real bytes counted while inflating; zip slip), under
 * the folder rules of this API: only plain file names of block file types, no folders, `..` or
 * absolute paths, so nothing can ever be written outside a folder when the files are saved again.
 * Refusals become the upload problems the REST API documents.
 */
import {
  readZipSafely,
  ZipRefusal,
  type ZipReadRules,
  type ZipRefusalReason,
} from '@bauplan/blueprint'
import { fileProblem, HttpProblem } from '../http/httpProblem'
import { formatBytes, text } from '../i18n/text'
import { isSafeFileName, requireKnownFileType } from './fileNames'
import {
  FILE_MAX_BYTES,
  ZIP_MAX_BYTES,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_UNCOMPRESSED_BYTES,
} from './limits'
import { decodeUtf8 } from './utf8'

const FOLDER_ZIP_RULES: ZipReadRules = {
  limits: {
    maxArchiveBytes: ZIP_MAX_BYTES,
    maxEntries: ZIP_MAX_ENTRIES,
    maxEntryBytes: FILE_MAX_BYTES,
    maxTotalBytes: ZIP_MAX_UNCOMPRESSED_BYTES,
    // No ratio check: a folder is small enough that the counted limits alone stop a bomb, and
    // the API answers an archive that expands too far with the size limit it passed.
    maxCompressionRatio: Number.POSITIVE_INFINITY,
    ratioCheckFromBytes: 0,
  },
  isSafePath: isSafeFileName,
  checkEntry: requireKnownFileType,
  // File names in a folder are case-sensitive: `a.bpmn` and `A.bpmn` are two files.
  sameEntryKey: (name) => name,
  // A bomb lying about its size is answered as a file over the limit (413), not as a mismatch.
  stopAtDeclaredSize: false,
}

/** The folder in the archive: file name → UTF-8 text, in the order of the archive. */
export function readZipFolder(zip: Uint8Array): Record<string, string> {
  let inflated: Map<string, Uint8Array>
  try {
    inflated = readZipSafely(zip, FOLDER_ZIP_RULES)
  } catch (error) {
    throw error instanceof ZipRefusal ? uploadProblem(error.reason, error) : error
  }
  if (inflated.size === 0) throw new HttpProblem(400, 'upload.noFiles', text('upload.noFiles'))
  const files: Record<string, string> = {}
  for (const [name, bytes] of inflated) files[name] = decodeUtf8(name, bytes)
  return files
}

function uploadProblem(reason: ZipRefusalReason, refusal: ZipRefusal): HttpProblem {
  switch (reason.kind) {
    // The body limit stops a larger archive before it is read; this is the same answer.
    case 'archiveTooLarge':
      return new HttpProblem(
        413,
        'upload.bodyTooLarge',
        text('upload.bodyTooLarge', formatBytes(reason.limit))
      )
    case 'tooManyEntries':
      return new HttpProblem(
        413,
        'upload.zipTooManyEntries',
        text('upload.zipTooManyEntries', reason.limit)
      )
    case 'unsafePath':
      return fileProblem(
        400,
        'upload.zipEntryName',
        text('upload.zipEntryName', reason.path),
        reason.path
      )
    case 'duplicateEntry':
      return fileProblem(
        400,
        'upload.duplicateFile',
        text('upload.duplicateFile', reason.path),
        reason.path
      )
    case 'unsupportedCompression':
      return fileProblem(
        415,
        'upload.zipCompression',
        text('upload.zipCompression', reason.path, reason.method),
        reason.path
      )
    case 'entryTooLarge':
      return fileProblem(
        413,
        'upload.fileTooLarge',
        text('upload.fileTooLarge', reason.path, formatBytes(reason.limit)),
        reason.path
      )
    // The ratio is not checked for folders (see FOLDER_ZIP_RULES); were it, it would mean this.
    case 'compressionRatio':
    case 'totalTooLarge':
      return new HttpProblem(
        413,
        'upload.zipUncompressedTooLarge',
        text('upload.zipUncompressedTooLarge', formatBytes(ZIP_MAX_UNCOMPRESSED_BYTES))
      )
    case 'sizeMismatch':
      return fileProblem(
        400,
        'upload.zipSizeMismatch',
        text('upload.zipSizeMismatch', reason.path),
        reason.path
      )
    case 'missingEntry':
    case 'corrupt':
      return new HttpProblem(400, 'upload.zipCorrupt', text('upload.zipCorrupt'), {
        cause: refusal,
      })
  }
}
