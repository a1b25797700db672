/**
 * Every failed API call becomes an ApiProblem: the server's RFC 9457 document (already in the UI
 * language, because the client sends Accept-Language) or one made up here when the server could
 * not be reached or did not answer with a problem document. Pages show `detail` and list
 * `problems` (each with German and English text), so the user always learns what went wrong.
 */
import type { Locale, Problem } from '@bauplan/domain'

export interface ProblemDocument {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  code: string
  problems?: Problem[]
}

export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly type: string
  readonly instance: string | undefined
  readonly problems: readonly Problem[]
  /** Seconds to wait, from Retry-After (login rate limit). */
  readonly retryAfter: number | undefined

  constructor(document: ProblemDocument, retryAfter?: number) {
    super(document.detail || document.title)
    this.name = 'ApiProblem'
    this.status = document.status
    this.code = document.code
    this.title = document.title
    this.detail = document.detail
    this.type = document.type
    this.instance = document.instance
    this.problems = document.problems ?? []
    this.retryAfter = retryAfter
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem
}

/** Texts for problems the client makes up itself; the server's own arrive translated already. */
const CLIENT_TEXTS = {
  de: {
    unreachableTitle: 'Server nicht erreichbar',
    unreachable:
      'Der Bauplan-Server antwortet nicht. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
    unexpectedTitle: 'Unerwartete Antwort',
    unexpected: 'Der Server hat mit Status {status} ohne Fehlerbeschreibung geantwortet.',
    invalidJson: 'Der Server hat eine Antwort geschickt, die kein gültiges JSON ist.',
  },
  en: {
    unreachableTitle: 'Server unreachable',
    unreachable: 'The Bauplan server does not answer. Please check the connection and try again.',
    unexpectedTitle: 'Unexpected answer',
    unexpected: 'The server answered with status {status} and no problem description.',
    invalidJson: 'The server sent an answer that is not valid JSON.',
  },
} as const

export function unreachableProblem(locale: Locale, instance: string): ApiProblem {
  const texts = CLIENT_TEXTS[locale]
  return new ApiProblem({
    type: 'urn:bauplan:problem:network.unreachable',
    title: texts.unreachableTitle,
    status: 0,
    detail: texts.unreachable,
    instance,
    code: 'network.unreachable',
  })
}

export function unexpectedAnswerProblem(
  locale: Locale,
  status: number,
  instance: string,
  invalidJson = false
): ApiProblem {
  const texts = CLIENT_TEXTS[locale]
  return new ApiProblem({
    type: 'urn:bauplan:problem:network.unexpected',
    title: texts.unexpectedTitle,
    status,
    detail: invalidJson ? texts.invalidJson : texts.unexpected.replace('{status}', String(status)),
    instance,
    code: invalidJson ? 'network.invalidJson' : 'network.unexpected',
  })
}

/** True when the value looks like an RFC 9457 document from our server. */
export function isProblemDocument(value: unknown): value is ProblemDocument {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return typeof candidate.status === 'number' && typeof candidate.code === 'string'
}
