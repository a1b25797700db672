import { describe, expect, it } from 'vitest'
import {
  ImmutableVersionError,
  InvalidInputError,
  NotFoundError,
  ReferenceViolationError,
  StorageError,
  UniqueViolationError,
} from '../errors'
import { ForbiddenError, StateConflictError, ValidationError, httpStatusOf } from './errors'

describe('httpStatusOf', () => {
  it('maps every error of the service and the store to its HTTP status', () => {
    const reason = { de: 'Grund', en: 'reason' }
    expect(httpStatusOf(new ForbiddenError('x', reason))).toBe(403)
    expect(httpStatusOf(new NotFoundError('block', 'urn:x:y'))).toBe(404)
    expect(httpStatusOf(new StateConflictError('entwurf', ['in_pruefung'], reason))).toBe(409)
    expect(httpStatusOf(new UniqueViolationError('block', 'urn:x:y'))).toBe(409)
    expect(httpStatusOf(new ImmutableVersionError('urn:x:y@1.0.0'))).toBe(409)
    expect(httpStatusOf(new ReferenceViolationError('relation'))).toBe(409)
    expect(httpStatusOf(new ValidationError([]))).toBe(422)
    expect(httpStatusOf(new InvalidInputError('limit', reason))).toBe(422)
    expect(httpStatusOf(new StorageError({ cause: new Error('disk full') }))).toBe(500)
    expect(httpStatusOf(new Error('bug'))).toBe(500)
  })

  it('summarises validation problems in both languages, pointing at the first error', () => {
    const error = new ValidationError([
      { code: 'w', severity: 'warning', message: { de: 'Hinweis', en: 'note' } },
      {
        code: 'e',
        severity: 'error',
        pointer: '/name',
        message: { de: 'Name fehlt', en: 'name missing' },
      },
    ])
    expect(error.problem.pointer).toBe('/name')
    expect(error.problem.message.de).toContain('Name fehlt')
    expect(error.problem.message.en).toContain('name missing')
    expect(error.problems).toHaveLength(2)
  })
})
