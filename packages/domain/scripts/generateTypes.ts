// Writes src/baustein/Baustein.generated.ts from the metadata schema.
// Run: pnpm --filter @bauplan/domain generate:types
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { GENERATED_TYPES_PATH, renderBausteinTypes } from './renderBausteinTypes'

const target = fileURLToPath(new URL(`../${GENERATED_TYPES_PATH}`, import.meta.url))
writeFileSync(target, await renderBausteinTypes())
console.log(`wrote ${target}`)
