/**
 * `POST /api/blueprints/import` with a bundle zip: the request as the API client would send it
 * (language, CSRF double submit, media type) and the answer as an import report, or an ApiProblem
 * with the server's problem document (already in the UI language).
 */
import {
  ApiProblem,
  isProblemDocument,
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
  checks: Record<ImportCheck, 'passed' | 'failed' | 'skipped'>
  origin: { blockId: string; version: string; catalogue: { name: string; url: string | null } }
  warnings: Problem[]
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
  if (isProblemDocument(body)) throw new ApiProblem(body)
  throw unexpectedAnswerProblem(options.locale, answer.status, url)
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
