/**
 * An error that already knows its HTTP answer: status, stable code, a bilingual detail and, for
 * validation, the individual problems. Route code throws these; the problems plugin renders them as
 * RFC 9457 documents in the request's language.
 */
import type { LocalizedText, Problem } from '@bauplan/domain'
import { text } from '../i18n/text'

export interface HttpProblemOptions {
  problems?: readonly Problem[]
  headers?: Readonly<Record<string, string>>
  cause?: unknown
  /**
   * RFC 9457 extension members a route documents for its problems (e.g. the verify checks of a
   * refused bundle). They never replace the standard members.
   */
  extensions?: Readonly<Record<string, unknown>>
}

export class HttpProblem extends Error {
  readonly problems: readonly Problem[]
  readonly headers: Readonly<Record<string, string>>
  readonly extensions: Readonly<Record<string, unknown>>

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: LocalizedText,
    options: HttpProblemOptions = {}
  ) {
    super(detail.en, { cause: options.cause })
    this.name = 'HttpProblem'
    this.problems = options.problems ?? []
    this.headers = options.headers ?? {}
    this.extensions = options.extensions ?? {}
  }
}

export function unauthenticated(): HttpProblem {
  return new HttpProblem(401, 'auth.required', text('auth.required'), {
    headers: { 'www-authenticate': 'Bearer realm="bauplan"' },
  })
}

export function adminRequired(): HttpProblem {
  return new HttpProblem(403, 'auth.adminRequired', text('auth.adminRequired'))
}

/** A problem about one uploaded file, listed in `problems` with the file name too. */
export function fileProblem(
  status: number,
  code: string,
  detail: LocalizedText,
  file?: string
): HttpProblem {
  const problem: Problem = { code, severity: 'error', message: detail }
  if (file !== undefined) problem.file = file
  return new HttpProblem(status, code, detail, { problems: [problem] })
}
