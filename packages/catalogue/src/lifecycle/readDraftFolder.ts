import {
  METADATA_FILE,
  folderLimitProblems,
  parseBausteinJson,
  type FolderCheckResult,
  type Problem,
} from '@bauplan/domain'
import type { JsonObject } from '../model/json'
import { ValidationError } from './errors'
import type { FolderFiles } from './folderFiles'

/** The whole-folder check (domain `checkBausteinFolder` unless the service was given another). */
export type CheckFolder = (files: FolderFiles) => Promise<FolderCheckResult>

export interface DraftContent {
  /** The metadata as written, valid or not (drafts may be incomplete). */
  metadata: JsonObject
  check: FolderCheckResult
}

/**
 * Problems that make a file unreadable rather than incomplete: the hostile-XML gate, XML or JSON that
 * cannot be parsed, a root that is not BPMN/DMN, unusable file names. A draft with these cannot be
 * stored — nobody could open it again to fix it — while any other problem is only a warning for a
 * draft and an error at submission.
 */
const STRUCTURAL_CODES = new Set([
  'bpmn.notBpmn',
  'bpmn.unparsable',
  'dmn.notDmn',
  'dmn.unsupportedVersion',
  'dmn.parseFailed',
  'folder.invalidFileName',
  'folder.missingMetadata',
])

function isStructural(problem: Problem): boolean {
  if (problem.severity !== 'error') return false
  return (
    problem.code.startsWith('xml.') ||
    problem.code.startsWith('json.') ||
    STRUCTURAL_CODES.has(problem.code)
  )
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const NOT_AN_OBJECT: Problem = {
  code: 'lifecycle.metadataNotObject',
  severity: 'error',
  file: METADATA_FILE,
  pointer: '',
  message: {
    de: `${METADATA_FILE} muss ein JSON-Objekt enthalten (in geschweiften Klammern).`,
    en: `${METADATA_FILE} must contain a JSON object (in curly braces).`,
  },
}

/**
 * Reads a folder as a draft: limits first (before anything is parsed), then the metadata must be a
 * JSON object and every model must be readable XML of its kind. Throws `ValidationError` otherwise.
 */
export async function readDraftFolder(
  files: FolderFiles,
  checkFolder: CheckFolder
): Promise<DraftContent> {
  const limits = folderLimitProblems(files)
  if (limits.length > 0) throw new ValidationError(limits)
  const check = await checkFolder(files)
  if (check.problems.some(isStructural)) throw new ValidationError(check.problems)
  const parsed = parseBausteinJson(files[METADATA_FILE] ?? '')
  if (!parsed.ok)
    throw new ValidationError(parsed.problems.map((p) => ({ ...p, file: METADATA_FILE })))
  if (!isJsonObject(parsed.value)) throw new ValidationError([NOT_AN_OBJECT])
  return { metadata: parsed.value, check }
}
