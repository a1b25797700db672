/**
 * Maps anything a route, hook, parser or the catalogue throws to an HttpProblem. Unknown errors
 * become a 500 WITHOUT their message, so internals (paths, SQL, stack traces) never reach a client.
 */
import {
  CatalogueError,
  ImmutableVersionError,
  InvalidInputError,
  NotFoundError,
  UniqueViolationError,
} from '@bauplan/catalogue'
import type { FastifyError, FastifyRequest } from 'fastify'
import { formatBytes, text } from '../i18n/text'
import { bodyLimitFor, FOLDER_MAX_FILES, ZIP_MAX_BYTES } from '../uploads/limits'
import { HttpProblem } from './httpProblem'
import { validationProblems, type RequestPart } from './validationProblems'

export function toHttpProblem(error: unknown, request: FastifyRequest): HttpProblem {
  if (error instanceof HttpProblem) return error
  if (error instanceof CatalogueError) return fromCatalogue(error)
  if (!(error instanceof Error)) return internal(error)
  const fastifyError = error as FastifyError
  if (fastifyError.validation) {
    const part = (fastifyError.validationContext ?? 'body') as RequestPart
    const problems = validationProblems(fastifyError.validation, part)
    const first = problems[0]?.message ?? text('request.generic', error.message)
    return new HttpProblem(
      400,
      'request.invalid',
      {
        de: text('validation.summary', problems.length, first.de).de,
        en: text('validation.summary', problems.length, first.en).en,
      },
      { problems }
    )
  }
  const known = fromFastifyCode(fastifyError, request)
  if (known) return known
  const status = fastifyError.statusCode
  if (status !== undefined && status >= 400 && status < 500) {
    return new HttpProblem(status, 'request.failed', text('request.generic', error.message))
  }
  return internal(error)
}

function fromFastifyCode(error: FastifyError, request: FastifyRequest): HttpProblem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(
        413,
        'upload.bodyTooLarge',
        text('upload.bodyTooLarge', formatBytes(bodyLimitFor(request)))
      )
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(
        415,
        'upload.unsupportedMediaType',
        text(
          'upload.unsupportedMediaType',
          request.headers['content-type'] ?? '',
          (request.routeOptions.config.acceptedMediaTypes ?? ['application/json']).join(', ')
        )
      )
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new HttpProblem(
        415,
        'upload.unsupportedMediaType',
        text(
          'upload.unsupportedMediaType',
          request.headers['content-type'] ?? '',
          'multipart/form-data'
        )
      )
    case 'FST_REQ_FILE_TOO_LARGE':
      return new HttpProblem(
        413,
        'upload.fileTooLarge',
        text('upload.bodyTooLarge', formatBytes(ZIP_MAX_BYTES))
      )
    case 'FST_FILES_LIMIT':
      return new HttpProblem(
        413,
        'upload.tooManyFiles',
        text('upload.tooManyFiles', FOLDER_MAX_FILES)
      )
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new HttpProblem(413, 'upload.tooManyParts', text('upload.tooManyParts'))
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpProblem(400, 'request.emptyJson', text('request.emptyJson'))
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpProblem(
        400,
        'request.invalidJson',
        text('request.invalidJson', error.cause instanceof Error ? error.cause.message : '')
      )
    default:
      return undefined
  }
}

/**
 * The catalogue's errors. The lifecycle service's errors carry their HTTP status (403, 409, 422) and,
 * for validation, every problem; the store's are mapped by kind.
 */
function fromCatalogue(error: CatalogueError): HttpProblem {
  const carried = error as CatalogueError & { status?: unknown; problems?: unknown }
  if (typeof carried.status === 'number' && carried.status >= 400 && carried.status < 500) {
    const problems = Array.isArray(carried.problems) ? carried.problems : [error.problem]
    return new HttpProblem(carried.status, error.code, error.problem.message, { problems })
  }
  const status =
    error instanceof NotFoundError
      ? 404
      : error instanceof UniqueViolationError || error instanceof ImmutableVersionError
        ? 409
        : error instanceof InvalidInputError
          ? 422
          : 500
  if (status === 500) return internal(error)
  return new HttpProblem(status, error.code, error.problem.message, {
    problems: [error.problem],
  })
}

function internal(cause: unknown): HttpProblem {
  return new HttpProblem(500, 'server.internal', text('request.internal'), { cause })
}
