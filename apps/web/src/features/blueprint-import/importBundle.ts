/**
 * `POST /api/blueprints/import` with a bundle zip: the request as the API client would send it
 * (language, CSRF double submit, media type) and the answer as an import report, or an ApiProblem
 * with the server's problem document (already in the UI language).
 */
import {
  ApiProblem,
  isProblemDocument,
  type ProblemDocument,
  unexpectedAnswerProblem,
  unreachableProblem,
} from '../../lib/api/apiProblem'
import { CSRF_COOKIE, CSRF_HEADER, queryString } from '../../lib/api/apiClient'
import { readCookie } from '../../lib/api/cookies'
import type { Locale } from '../../lib/i18n/i18n'
import type { Problem } from '@bauplan/domain'
import { UploadUnreachableError, type UploadProgress, type Uploader } from './uploadBundle'

export const IMPORT_PATH = '/api/blueprints/import'

/** The verify checks in the order they run (docs/blueprints.md § Verify). */
export const IMPORT_CHECKS = [
  'archive',
  'manifest',
  'schema',
  'integrity',
  'blocks',
  'references',
  'models',
] as const
export type ImportCheck = (typeof IMPORT_CHECKS)[number]

export interface VersionKey {
  blockId: string
  version: string
}

/** The answer of a successful import (docs/api.md § Blueprints). */
export interface ImportReport {
  created: VersionKey[]
  unchanged: VersionKey[]
  checks: CheckOutcomes
  origin: { blockId: string; version: string; catalogue: { name: string; url: string | null } }
  warnings: Problem[]
}

export type CheckOutcomes = Record<ImportCheck, 'passed' | 'failed' | 'skipped'>

/** A bundle the server refused; `checks` says which verify check failed, when the server knew. */
export class ImportRefused extends ApiProblem {
  constructor(
    document: ProblemDocument,
    readonly checks: CheckOutcomes | undefined
  ) {
    super(document)
    this.name = 'ImportRefused'
  }
}

export interface ImportOptions {
  file: Blob
  /** Organisation of new blocks; the server's default (first curated organisation) when absent. */
  organisation?: string
  locale: Locale
  upload: Uploader
  onProgress: (progress: UploadProgress) => void
  signal?: AbortSignal
}

export async function importBundle(options: ImportOptions): Promise<ImportReport> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': options.locale,
    'Content-Type': 'application/zip',
  }
  const token = readCookie(CSRF_COOKIE)
  if (token) headers[CSRF_HEADER] = token
  const url = `${IMPORT_PATH}${queryString({ organisation: options.organisation })}`
  let answer
  try {
    answer = await options.upload({
      url,
      body: options.file,
      headers,
      onProgress: options.onProgress,
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } catch (error) {
    if (error instanceof UploadUnreachableError) throw unreachableProblem(options.locale, url)
    throw error
  }
  let body: unknown
  try {
    body = JSON.parse(answer.text)
  } catch {
    throw unexpectedAnswerProblem(options.locale, answer.status, url, answer.status < 300)
  }
  if (answer.status >= 200 && answer.status < 300 && isImportReport(body)) return body
  if (isProblemDocument(body)) throw new ImportRefused(body, checksOf(body))
  throw unexpectedAnswerProblem(options.locale, answer.status, url)
}

/** The `checks` extension member of a problem document, when it has all seven. */
function checksOf(document: ProblemDocument): CheckOutcomes | undefined {
  const checks = (document as ProblemDocument & { checks?: unknown }).checks
  if (typeof checks !== 'object' || checks === null) return undefined
  const outcomes = checks as Record<string, unknown>
  const known = IMPORT_CHECKS.every((check) =>
    ['passed', 'failed', 'skipped'].includes(String(outcomes[check]))
  )
  return known ? (checks as CheckOutcomes) : undefined
}

function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false
  const report = value as Partial<ImportReport>
  return (
    Array.isArray(report.created) &&
    Array.isArray(report.unchanged) &&
    typeof report.checks === 'object' &&
    typeof report.origin === 'object'
  )
}
