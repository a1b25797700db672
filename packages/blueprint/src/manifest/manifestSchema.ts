import Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Problem } from '@bauplan/domain'
import schemaJson from '../../blueprint.v1.schema.json' with { type: 'json' }
import type { BlueprintManifest } from './manifestTypes'
import { MANIFEST_FILE } from './manifestTypes'

/** `$id` of the manifest schema; docs/blueprint.v1.schema.json is an identical published copy. */
export const BLUEPRINT_SCHEMA_ID = 'urn:bauplan:schema:blueprint:v1'
export const blueprintSchema: unknown = schemaJson

let compiled: ValidateFunction<BlueprintManifest> | undefined

/** Compiled on first use; exporting or verifying pays for it once. */
function validator(): ValidateFunction<BlueprintManifest> {
  if (compiled === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
    addFormats(ajv)
    compiled = ajv.compile<BlueprintManifest>(schemaJson)
  }
  return compiled
}

/** Schema problems of a manifest value, each naming the JSON pointer it is about. */
export function manifestSchemaProblems(value: unknown): Problem[] {
  const validate = validator()
  if (validate(value)) return []
  return (validate.errors ?? []).map((error) => {
    const pointer = error.instancePath === '' ? '/' : error.instancePath
    const detail = `${error.keyword}${error.message !== undefined ? `: ${error.message}` : ''}`
    return {
      code: 'blueprint.manifestSchema',
      severity: 'error' as const,
      file: MANIFEST_FILE,
      pointer,
      message: {
        de: `${MANIFEST_FILE} ${pointer} verletzt blueprint.v1.schema.json (${detail}).`,
        en: `${MANIFEST_FILE} ${pointer} violates blueprint.v1.schema.json (${detail}).`,
      },
    }
  })
}
