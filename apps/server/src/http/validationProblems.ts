/**
 * Translates Fastify's request-validation errors (Ajv error objects) into bilingual Problems that
 * name the part of the request and the field, so a client learns WHAT to fix, not Ajv's wording.
 */
import type { LocalizedText, Problem } from '@bauplan/domain'
import type { FastifySchemaValidationError } from 'fastify'
import { text, type MessageKey } from '../i18n/text'

export type RequestPart = 'body' | 'querystring' | 'params' | 'headers'

export function validationProblems(
  errors: readonly FastifySchemaValidationError[],
  part: RequestPart
): Problem[] {
  return errors.map((error) => toProblem(error, part))
}

function toProblem(error: FastifySchemaValidationError, part: RequestPart): Problem {
  const params = error.params as Record<string, unknown>
  const pointer = pointerOf(error, params)
  const where = whereText(part, pointer)
  return {
    code: `request.${error.keyword}`,
    severity: 'error',
    message: messageFor(error, params, where),
    pointer,
  }
}

/** The JSON pointer of the field at fault; for `required` and `additionalProperties` the child. */
function pointerOf(error: FastifySchemaValidationError, params: Record<string, unknown>): string {
  const child =
    error.keyword === 'required'
      ? params.missingProperty
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined
  const base = error.instancePath ?? ''
  return typeof child === 'string' ? `${base}/${escapePointer(child)}` : base
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

function whereText(part: RequestPart, pointer: string): LocalizedText {
  const partText = text(`where.${part}`)
  if (pointer === '') return partText
  const field = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.')
  return {
    de: text('where.field', partText.de, field).de,
    en: text('where.field', partText.en, field).en,
  }
}

function messageFor(
  error: FastifySchemaValidationError,
  params: Record<string, unknown>,
  where: LocalizedText
): LocalizedText {
  const both = (make: (w: string, lang: 'de' | 'en') => LocalizedText) => ({
    de: make(where.de, 'de').de,
    en: make(where.en, 'en').en,
  })
  switch (error.keyword) {
    case 'required':
      return both((w) => text('validation.required', w))
    case 'additionalProperties':
      return both((w) => text('validation.additionalProperties', w))
    case 'type': {
      const types = String(params.type).split(',')
      return both((w, lang) => {
        const names = types.map((t) => typeName(t, lang)).join(lang === 'de' ? ' oder ' : ' or ')
        return text('validation.type', w, names)
      })
    }
    case 'enum':
      return both((w) => text('validation.enum', w, listOf(params.allowedValues)))
    case 'const':
      return both((w) => text('validation.enum', w, listOf([params.allowedValue])))
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return both((w) => text(`validation.${error.keyword}` as LimitKey, w, Number(params.limit)))
    case 'minimum':
      return both((w) => text('validation.minimum', w, Number(params.limit)))
    case 'maximum':
      return both((w) => text('validation.maximum', w, Number(params.limit)))
    case 'pattern':
      return both((w) => text('validation.pattern', w, String(params.pattern)))
    case 'format':
      return both((w) => text('validation.format', w, String(params.format)))
    default:
      return both((w) => text('validation.other', w, error.message ?? error.keyword))
  }
}

type LimitKey = Extract<
  MessageKey,
  'validation.minLength' | 'validation.maxLength' | 'validation.minItems' | 'validation.maxItems'
>

function typeName(type: string, lang: 'de' | 'en'): string {
  const key = `type.${type}` as MessageKey
  const known = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']
  return known.includes(type) ? (text(key as 'type.string')[lang] ?? type) : type
}

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values)
}
