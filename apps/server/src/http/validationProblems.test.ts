import type { FastifySchemaValidationError } from 'fastify'
import { describe, expect, it } from 'vitest'
import { validationProblems } from './validationProblems'

function error(
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>
): FastifySchemaValidationError {
  return { keyword, instancePath, schemaPath: '#', params, message: `ajv says ${keyword}` }
}

describe('validationProblems', () => {
  it('names the part of the request and the field, with a pointer, in both languages', () => {
    const [problem] = validationProblems(
      [error('enum', '/status/0', { allowedValues: ['entwurf', 'veroeffentlicht'] })],
      'querystring'
    )
    expect(problem).toEqual({
      code: 'request.enum',
      severity: 'error',
      pointer: '/status/0',
      message: {
        de: 'Abfrageparameter, Feld „status.0“: muss einer dieser Werte sein: "entwurf", "veroeffentlicht".',
        en: 'query parameter, field "status.0": must be one of: "entwurf", "veroeffentlicht".',
      },
    })
  })

  it('points at the missing or unknown child field, escaping it as a JSON pointer', () => {
    const [missing, unknown] = validationProblems(
      [
        error('required', '/successor', { missingProperty: 'version' }),
        error('additionalProperties', '', { additionalProperty: 'a/b' }),
      ],
      'body'
    )
    expect(missing?.pointer).toBe('/successor/version')
    expect(missing?.message.de).toBe(
      'Anfragekörper, Feld „successor.version“: Pflichtangabe fehlt.'
    )
    expect(unknown?.pointer).toBe('/a~1b')
    expect(unknown?.message.en).toBe(
      'request body, field "a/b": unknown field; it is not expected here.'
    )
  })

  it('explains types, lengths, limits, patterns and formats', () => {
    const messages = validationProblems(
      [
        error('type', '/limit', { type: 'integer' }),
        error('maxLength', '/name', { limit: 100 }),
        error('maximum', '/limit', { limit: 100 }),
        error('pattern', '/id', { pattern: '^[a-z]+$' }),
        error('format', '/email', { format: 'email' }),
        error('uniqueItems', '/roles', {}),
      ],
      'body'
    ).map((p) => p.message.en)
    expect(messages).toEqual([
      'request body, field "limit": must be an integer.',
      'request body, field "name": must be at most 100 characters long.',
      'request body, field "limit": must be at most 100.',
      'request body, field "id": does not have the expected form (pattern ^[a-z]+$).',
      'request body, field "email": is not a valid "email" value.',
      'request body, field "roles": invalid (ajv says uniqueItems).',
    ])
  })

  it('speaks of the whole part when the error is at its root', () => {
    const [problem] = validationProblems([error('type', '', { type: 'object' })], 'body')
    expect(problem?.message.de).toBe('Anfragekörper: muss ein Objekt sein.')
    expect(problem?.pointer).toBe('')
  })
})
