// Turns the metadata schema into TypeScript types. Shared by the generator script (which writes the
// file) and the staleness test (which compares in memory), so both always render the same way.
import { compile } from 'json-schema-to-typescript'
import { BAUSTEIN_SCHEMA_ID, bausteinSchema } from '../src/baustein/bausteinSchema'

export const GENERATED_TYPES_PATH = 'src/baustein/Baustein.generated.ts'
export const REGENERATE_COMMAND = 'pnpm --filter @bauplan/domain generate:types'

const banner = `/**
 * GENERATED FILE - do not edit by hand.
 * Source: packages/domain/schema/baustein.v1.schema.json (${BAUSTEIN_SCHEMA_ID})
 * Regenerate after every schema change: ${REGENERATE_COMMAND}
 */`

export async function renderBausteinTypes(): Promise<string> {
  // json-schema-to-typescript annotates the schema it is given in place; the shared schema is
  // frozen, so hand it a private copy.
  const schema = structuredClone(bausteinSchema) as Parameters<typeof compile>[0]
  return compile(schema, 'Baustein', {
    bannerComment: banner,
    unreachableDefinitions: true,
    unknownAny: true,
    strictIndexSignatures: true,
    // The repository's prettier style, so the generated file reads like the rest of the code.
    style: { semi: false, singleQuote: true, printWidth: 100, trailingComma: 'es5' },
  })
}
