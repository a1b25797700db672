/**
 * Every error leaves the server as an RFC 9457 problem document (`application/problem+json`) in
 * the request's language, with `problems[]` for field-precise validation results. Nothing else is
 * ever sent for an error, so clients need one error path and never see a stack trace.
 */
import type { Locale } from '@bauplan/domain'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { globalPlugin } from '../http/globalPlugin'
import { HttpProblem } from '../http/httpProblem'
import { toHttpProblem } from '../http/toHttpProblem'
import { text, type MessageKey } from '../i18n/text'
import { requestLocale } from './i18n'

export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

export interface ProblemDocument {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code: string
  problems: HttpProblem['problems']
  /** Extension members (RFC 9457 § 3.2) a route documents, such as `checks` of a refused bundle. */
  [extension: string]: unknown
}

/** Problem types are URNs built from the stable code; docs/api.md lists every code. */
export function problemType(code: string): string {
  return `urn:bauplan:problem:${code}`
}

export function problemDocument(
  problem: HttpProblem,
  locale: Locale,
  instance: string
): ProblemDocument {
  return {
    ...problem.extensions,
    type: problemType(problem.code),
    title: statusTitle(problem.status, locale),
    status: problem.status,
    detail: problem.detail[locale],
    instance,
    code: problem.code,
    problems: problem.problems,
  }
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: HttpProblem
): FastifyReply {
  const locale = requestLocale(request)
  const document = problemDocument(problem, locale, request.url.split('?')[0] ?? request.url)
  // A pre-serialised string bypasses the route's response serializer, so the document is sent whole.
  return reply
    .status(problem.status)
    .headers(problem.headers)
    .header('content-type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`)
    .header('content-language', locale)
    .header('vary', 'Accept-Language')
    .send(JSON.stringify(document))
}

export function notFoundProblem(request: FastifyRequest): HttpProblem {
  const path = request.url.split('?')[0] ?? request.url
  return new HttpProblem(404, 'request.notFound', text('request.notFound', request.method, path))
}

export const problemsPlugin = globalPlugin(async (app) => {
  app.setErrorHandler((error, request, reply) => {
    const problem = toHttpProblem(error, request)
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed')
    return sendProblem(request, reply, problem)
  })
})

type StatusKey = Extract<MessageKey, `status.${string}`>

const STATUS_TITLES: Readonly<Record<number, StatusKey>> = {
  400: 'status.400',
  401: 'status.401',
  403: 'status.403',
  404: 'status.404',
  405: 'status.405',
  409: 'status.409',
  413: 'status.413',
  415: 'status.415',
  422: 'status.422',
  429: 'status.429',
  500: 'status.500',
}

function statusTitle(status: number, locale: Locale): string {
  return text(STATUS_TITLES[status] ?? 'status.other')[locale]
}
