import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BAUSTEIN_SCHEMA_ID, bausteinSchema } from './bausteinSchema'

describe('bausteinSchema', () => {
  it('is the schema file, identified by BAUSTEIN_SCHEMA_ID', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../schema/baustein.v1.schema.json', import.meta.url), 'utf8')
    ) as unknown
    expect(bausteinSchema).toEqual(file)
    expect(bausteinSchema.$id).toBe(BAUSTEIN_SCHEMA_ID)
  })

  it('cannot be changed by a consumer, not even deep inside', () => {
    expect(() => {
      ;(bausteinSchema.required as string[]).push('x')
    }).toThrow(TypeError)
    expect(() => {
      ;(bausteinSchema.$defs.semver as { pattern: string }).pattern = '.*'
    }).toThrow(TypeError)
  })
})
