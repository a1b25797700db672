/**
 * Path parameters of the catalogue routes. Block ids are URNs (`urn:bauplan:baustein:sn:x`):
 * clients put them into paths with encodeURIComponent, and Fastify hands them back decoded.
 */
import type { JsonSchema } from '../../schemas/common'

export const VERSION_PATTERN = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$'

const blockId: JsonSchema = {
  type: 'string',
  maxLength: 200,
  description: 'URN des Bausteins, URL-kodiert / block URN, URL-encoded',
  examples: ['urn:bauplan:baustein:sn:identitaet-pruefen'],
}
const version: JsonSchema = { type: 'string', pattern: VERSION_PATTERN, examples: ['1.0.0'] }
const fileName: JsonSchema = { type: 'string', minLength: 1, maxLength: 255 }

function params(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', required: Object.keys(properties), properties }
}

export const blockParams = params({ id: blockId })
export const versionParams = params({ id: blockId, version })
export const fileParams = params({ id: blockId, version, name: fileName })

export interface BlockParams {
  id: string
}
export interface VersionParams extends BlockParams {
  version: string
}
export interface FileParams extends VersionParams {
  name: string
}
