import schemaJson from '../../schema/baustein.v1.schema.json' with { type: 'json' }

/** `$id` of the metadata schema; stored in catalogue rows so a later v2 can tell old entries apart. */
export const BAUSTEIN_SCHEMA_ID = 'urn:bauplan:schema:baustein:v1'

export type BausteinSchema = typeof schemaJson

/**
 * The metadata schema as an object. It is the single source of truth: the validator compiles it
 * and `Baustein.generated.ts` is generated from it. Frozen, because several consumers share this
 * one instance and a mutation (some schema tools annotate schemas in place) would silently change
 * validation for all of them.
 */
export const bausteinSchema: BausteinSchema = deepFreeze(schemaJson)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
