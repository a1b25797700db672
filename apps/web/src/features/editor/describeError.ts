import type { Locale, Problem } from '@bauplan/domain'

/**
 * A readable sentence for an error from the API client. The server answers RFC 9457 problem details
 * (`detail`, `title`, `problems`) in the request's language; clients may throw them as they are or
 * wrapped in an Error. Whatever arrives, the user gets the most specific text available.
 */
export function describeError(error: unknown, locale: Locale): string {
  if (typeof error === 'object' && error !== null) {
    const record = error as {
      detail?: unknown
      title?: unknown
      message?: unknown
      problems?: unknown
      problem?: unknown
    }
    const problems = problemsOf(error)
    if (problems.length > 0) return problems.map((p) => p.message[locale]).join(' ')
    if (record.problem !== undefined) return describeError(record.problem, locale)
    for (const text of [record.detail, record.title, record.message]) {
      if (typeof text === 'string' && text !== '') return text
    }
  }
  return String(error)
}

/** The domain problems an API error carries (a 422 names each field), or none. */
export function problemsOf(error: unknown): Problem[] {
  if (typeof error !== 'object' || error === null) return []
  const record = error as { problems?: unknown; problem?: { problems?: unknown } }
  const list = Array.isArray(record.problems) ? record.problems : record.problem?.problems
  if (!Array.isArray(list)) return []
  return list.filter(
    (p): p is Problem =>
      typeof p === 'object' && p !== null && typeof (p as Problem).message?.de === 'string'
  )
}

/** The HTTP status of an API error, when the client put one on it. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}
