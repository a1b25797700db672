import type { Baustein, Datenfeld } from '@bauplan/domain'
import { applicationFields, locateFields, type FieldLocation } from './applicationFields'
import { isRepeated, isRequired, multiplicity } from './multiplicity'

type Schema = Record<string, unknown>

export const JSON_SCHEMA_2020_12 = 'https://json-schema.org/draft/2020-12/schema'

/** The `$id` of a procedure's application schema: stable per block version, so it can be cited in FIT-Connect metadata. */
export function applicationSchemaId(metadata: Baustein): string {
  return `${metadata.id}:${metadata.version}:antrag`
}

/**
 * JSON Schema 2020-12 for the application data of a procedure, derived from its incoming data
 * fields (XDatenfelder 3): groups become objects, `anzahl` becomes required/array bounds,
 * `praezisierung` becomes length, pattern and range limits, select values become `oneOf` with
 * `const` and `title`, file fields become references to FIT-Connect attachments, and `bedingung`
 * becomes `if`/`then`/`else` (required when the condition holds, absent otherwise).
 */
export function applicationSchema(metadata: Baustein): Schema {
  return {
    $schema: JSON_SCHEMA_2020_12,
    $id: applicationSchemaId(metadata),
    title: metadata.bezeichnung ?? metadata.name,
    description: `Antragsdaten für „${metadata.name}“ (${metadata.id}@${metadata.version}), abgeleitet aus den eingehenden Datenfeldern (XDatenfelder 3).`,
    ...dataSchema(applicationFields(metadata)),
  }
}

/** The object schema for a list of data fields (no `$schema`/`$id`: also embedded in OpenAPI). */
export function dataSchema(fields: readonly Datenfeld[]): Schema {
  const locations = locateFields(fields)
  const crossLevel: Schema[] = []
  const root = objectSchema(fields, locations, crossLevel)
  const allOf = [...((root.allOf as Schema[] | undefined) ?? []), ...crossLevel]
  return { ...root, ...(allOf.length > 0 ? { allOf } : {}) }
}

function objectSchema(
  fields: readonly Datenfeld[],
  locations: Map<string, FieldLocation>,
  crossLevel: Schema[]
): Schema {
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  const conditions: Schema[] = []
  const siblingIds = new Set(fields.map((field) => field.id))
  for (const field of fields) {
    if (field.feldart === 'label') continue
    properties[field.id] = occurrenceSchema(field, locations, crossLevel)
    const condition = field.bedingung
    if (condition === undefined) {
      if (isRequired(field)) required.push(field.id)
    } else if (siblingIds.has(condition.feld)) {
      conditions.push(conditional([condition.feld], [field.id], condition.wert, isRequired(field)))
    } else {
      const target = locations.get(field.id)
      const source = locations.get(condition.feld)
      if (target && source && !target.insideList && !source.insideList) {
        crossLevel.push(conditional(source.path, target.path, condition.wert, isRequired(field)))
      }
      // A condition across a repeated group cannot be expressed without knowing which entry is
      // meant; the field stays optional and the form's visibility rule still applies.
    }
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    ...(conditions.length > 0 ? { allOf: conditions } : {}),
  }
}

function occurrenceSchema(
  field: Datenfeld,
  locations: Map<string, FieldLocation>,
  crossLevel: Schema[]
): Schema {
  const single = fieldSchema(field, locations, crossLevel)
  if (!isRepeated(field)) return single
  const { min, max } = multiplicity(field)
  const { title, description, ...item } = single
  return {
    type: 'array',
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    items: repeatedItem(field, item),
    ...(isChoice(field) ? { uniqueItems: true } : {}),
    ...(min > 0 ? { minItems: min } : {}),
    ...(max !== undefined ? { maxItems: max } : {}),
  }
}

/**
 * Items of a repeated field. Groups and files repeat as they are and a choice repeats its codes;
 * a repeated free value (e.g. several nationalities) is an entry `{ wert }`, because that is how a
 * form's repeatable list hands it over (see docs/blueprints.md).
 */
function repeatedItem(field: Datenfeld, item: Schema): Schema {
  if (field.datentyp === 'obj' || field.datentyp === 'file' || isChoice(field)) return item
  return {
    type: 'object',
    properties: { [REPEATED_VALUE_KEY]: item },
    required: [REPEATED_VALUE_KEY],
    additionalProperties: false,
  }
}

/** Key of the value in each entry of a repeated free-value field. */
export const REPEATED_VALUE_KEY = 'wert'

export function isChoice(field: Datenfeld): boolean {
  return (field.werte?.length ?? 0) > 0
}

function fieldSchema(
  field: Datenfeld,
  locations: Map<string, FieldLocation>,
  crossLevel: Schema[]
): Schema {
  const annotations: Schema = {
    title: field.bezeichnungEingabe ?? field.name,
    ...(field.hilfetextEingabe !== undefined ? { description: field.hilfetextEingabe } : {}),
    ...(field.fimId !== undefined
      ? {
          $comment: `FIM-Datenfeld ${field.fimId}${field.fimVersion ? ` V${field.fimVersion}` : ''}`,
        }
      : {}),
    ...(field.feldart === 'locked' ? { readOnly: true } : {}),
  }
  if (field.datentyp === 'obj') {
    return { ...annotations, ...objectSchema(field.felder ?? [], locations, crossLevel) }
  }
  if (field.werte && isChoice(field)) {
    return {
      ...annotations,
      oneOf: field.werte.map((wert) => ({ const: codeValue(field, wert.code), title: wert.name })),
    }
  }
  return { ...annotations, ...valueSchema(field) }
}

function codeValue(field: Datenfeld, code: string): string | number {
  const numeric = field.datentyp === 'num' || field.datentyp === 'num_int'
  return numeric && code.trim() !== '' && Number.isFinite(Number(code)) ? Number(code) : code
}

function valueSchema(field: Datenfeld): Schema {
  const limits = field.praezisierung ?? {}
  const textLimits: Schema = {
    ...(limits.minLength !== undefined ? { minLength: limits.minLength } : {}),
    ...(limits.maxLength !== undefined ? { maxLength: limits.maxLength } : {}),
    ...(limits.pattern !== undefined ? { pattern: limits.pattern } : {}),
  }
  const range: Schema = {
    ...(limits.minValue !== undefined ? { minimum: limits.minValue } : {}),
    ...(limits.maxValue !== undefined ? { maximum: limits.maxValue } : {}),
  }
  const codeList = field.codelisteReferenz
    ? {
        $comment: `Codeliste ${field.codelisteReferenz.canonicalIdentification}${field.codelisteReferenz.version ? ` Version ${field.codelisteReferenz.version}` : ''}`,
      }
    : {}
  switch (field.datentyp) {
    case 'text':
    case 'text_latin':
      return { type: 'string', ...textLimits, ...codeList }
    case 'date':
      return { type: 'string', format: 'date' }
    case 'time':
      return { type: 'string', format: 'time' }
    case 'datetime':
      return { type: 'string', format: 'date-time' }
    case 'bool':
      return { type: 'boolean' }
    case 'num':
      return { type: 'number', ...range }
    case 'num_int':
      return { type: 'integer', ...range }
    case 'num_currency':
      return { type: 'number', ...range }
    case 'file':
      return attachmentSchema(field)
    case 'obj':
      return { type: 'object' }
  }
}

/** A file field holds the reference to a FIT-Connect attachment, not the bytes themselves. */
function attachmentSchema(field: Datenfeld): Schema {
  return {
    type: 'object',
    properties: {
      attachmentId: {
        type: 'string',
        format: 'uuid',
        description: 'attachmentId der Anlage in den FIT-Connect-Metadaten',
      },
      filename: { type: 'string', minLength: 1 },
      mimeType:
        field.mediaType && field.mediaType.length > 0
          ? { enum: [...field.mediaType] }
          : { type: 'string', minLength: 1 },
      size: { type: 'integer', minimum: 1, ...(field.maxSize ? { maximum: field.maxSize } : {}) },
    },
    required: ['attachmentId', 'filename', 'mimeType'],
    additionalProperties: false,
  }
}

/**
 * `if` the field at `source` has the value, `then` the field at `target` is required (when its
 * multiplicity says so), `else` it must be absent — data for a question that was not asked.
 */
function conditional(
  source: readonly string[],
  target: readonly string[],
  value: string | number | boolean,
  required: boolean
): Schema {
  const last = target[target.length - 1] ?? ''
  const parent = target.slice(0, -1)
  return {
    if: nestedValue(source, { const: value }),
    // `properties: { x: true }` beside `required` keeps the schema valid under ajv's strictRequired.
    then: required
      ? nestedObject(parent, { properties: { [last]: true }, required: [last] })
      : true,
    else: nestedObject(parent, { not: { properties: { [last]: true }, required: [last] } }),
  }
}

function nestedValue(path: readonly string[], leaf: Schema): Schema {
  const [head, ...rest] = path
  if (head === undefined) return leaf
  return {
    properties: { [head]: rest.length === 0 ? leaf : nestedValue(rest, leaf) },
    required: [head],
  }
}

function nestedObject(path: readonly string[], innermost: Schema): Schema {
  const [head, ...rest] = path
  if (head === undefined) return innermost
  return { properties: { [head]: nestedObject(rest, innermost) } }
}
