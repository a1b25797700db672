import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { schemaErrorToProblem } from './schemaErrorToProblem'

describe('schemaErrorToProblem', () => {
  it('falls back to ajv-i18n wording, in both languages, for keywords it does not phrase', () => {
    // The metadata schema has no uniqueItems today; a real ajv error stands in for a future keyword.
    const validate = new Ajv2020({ allErrors: true, verbose: true }).compile({
      type: 'object',
      properties: { schlagwort: { type: 'array', uniqueItems: true } },
    })
    expect(validate({ schlagwort: ['eID', 'eID'] })).toBe(false)
    const error = validate.errors?.[0]
    if (!error) throw new Error('expected an ajv error')
    const problem = schemaErrorToProblem(error)
    expect(problem.code).toBe('schema.uniqueItems')
    expect(problem.pointer).toBe('/schlagwort')
    expect(problem.message.de).toMatch(/^Feld „schlagwort“: .*Elemente/)
    expect(problem.message.en).toMatch(/^Field "schlagwort": .*items/)
    // The error ajv handed over keeps its own message.
    expect(error.message).not.toBe(problem.message.en)
  })
})
