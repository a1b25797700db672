import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { blueprintSchema } from './manifestSchema'

describe('blueprint.v1.schema.json', () => {
  it('is published unchanged in docs/', async () => {
    const packageCopy = await readFile(
      new URL('../../blueprint.v1.schema.json', import.meta.url),
      'utf8'
    )
    const docsCopy = await readFile(
      new URL('../../../../docs/blueprint.v1.schema.json', import.meta.url),
      'utf8'
    )
    expect(docsCopy).toBe(packageCopy)
    expect(JSON.parse(packageCopy)).toEqual(blueprintSchema)
  })
})
