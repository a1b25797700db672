import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  GENERATED_TYPES_PATH,
  REGENERATE_COMMAND,
  renderBausteinTypes,
} from '../../scripts/renderBausteinTypes'

describe('Baustein.generated.ts', () => {
  it('matches what the schema generates (run the generator after changing the schema)', async () => {
    const committed = readFileSync(new URL('./Baustein.generated.ts', import.meta.url), 'utf8')
    const fresh = await renderBausteinTypes()
    expect(
      committed === fresh,
      `${GENERATED_TYPES_PATH} is stale: the schema changed since it was generated. Run \`${REGENERATE_COMMAND}\` and commit the result.`
    ).toBe(true)
  })
})
