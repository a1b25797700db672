import type { Baustein, Datenfeld } from '@bauplan/domain'
import { applicationFields, locateFields, type FieldLocation } from './applicationFields'
import { isChoice, REPEATED_VALUE_KEY } from './applicationSchema'
import { isRepeated, isRequired, multiplicity } from './multiplicity'

/** The form-js schema version the definitions are written for (@bpmn-io/form-js 2). */
export const FORM_JS_SCHEMA_VERSION = 19

type Component = Record<string, unknown>

/**
 * A form-js form definition for the application, from the same incoming data fields as the JSON
 * Schema: the data it submits has the shape the schema describes (groups use `path`, repeated
 * groups are dynamic lists, conditions become `conditional.hide` FEEL expressions).
 */
export function formDefinition(metadata: Baustein): Component {
  const fields = applicationFields(metadata)
  const locations = locateFields(fields)
  return {
    type: 'default',
    id: `Form_${metadata.artefakte.bpmn.processId.replace(/^Process_/, '')}`,
    schemaVersion: FORM_JS_SCHEMA_VERSION,
    exporter: { name: 'Bauplan', version: '1' },
    components: [
      {
        type: 'text',
        id: 'Text_Titel',
        text: `# ${escapeMarkdown(metadata.bezeichnung ?? metadata.name)}`,
      },
      ...components(fields, [], locations),
    ],
  }
}

function components(
  fields: readonly Datenfeld[],
  parentPath: readonly string[],
  locations: Map<string, FieldLocation>
): Component[] {
  return fields
    .filter((field) => field.feldart !== 'hidden')
    .map((field) => component(field, [...parentPath, field.id], locations))
}

function component(
  field: Datenfeld,
  path: readonly string[],
  locations: Map<string, FieldLocation>
): Component {
  const id = `Field_${path.join('_')}`
  const label = field.bezeichnungEingabe ?? field.name
  const common: Component = {
    id,
    label,
    ...(field.hilfetextEingabe !== undefined ? { description: field.hilfetextEingabe } : {}),
    ...(field.feldart === 'locked' ? { readonly: true } : {}),
    ...hideCondition(field, locations),
  }
  if (field.feldart === 'label') {
    return { type: 'text', id, text: escapeMarkdown(label) }
  }
  if (field.datentyp === 'obj') {
    const inner = components(field.felder ?? [], [], locations)
    if (isRepeated(field)) return dynamicList(common, field, inner)
    return { ...common, type: 'group', path: field.id, showOutline: true, components: inner }
  }
  if (field.datentyp === 'file') {
    return {
      ...common,
      type: 'filepicker',
      key: field.id,
      multiple: isRepeated(field),
      ...(field.mediaType && field.mediaType.length > 0
        ? { accept: field.mediaType.join(',') }
        : {}),
      validate: { required: isRequired(field) && field.bedingung === undefined },
    }
  }
  if (isChoice(field)) {
    const values = (field.werte ?? []).map((wert) => ({ label: wert.name, value: wert.code }))
    if (isRepeated(field)) {
      return { ...common, type: 'checklist', key: field.id, values, validate: validate(field) }
    }
    return { ...common, type: 'select', key: field.id, values, validate: validate(field) }
  }
  const single = valueComponent(field, { ...common })
  if (!isRepeated(field)) return single
  // A free value that repeats: a list of entries with one field each (`{ wert }`, as in the schema).
  const { label: _label, description: _description, conditional: _conditional, ...inner } = single
  return dynamicList(common, field, [
    { ...inner, id: `${id}_${REPEATED_VALUE_KEY}`, key: REPEATED_VALUE_KEY, label },
  ])
}

function dynamicList(common: Component, field: Datenfeld, inner: Component[]): Component {
  const { min, max } = multiplicity(field)
  return {
    ...common,
    type: 'dynamiclist',
    path: field.id,
    isRepeating: true,
    allowAddRemove: true,
    defaultRepetitions: Math.max(min, 1),
    ...(max !== undefined ? { $comment: `höchstens ${max}` } : {}),
    showOutline: true,
    components: inner,
  }
}

function valueComponent(field: Datenfeld, common: Component): Component {
  const limits = field.praezisierung ?? {}
  switch (field.datentyp) {
    case 'bool':
      return { ...common, type: 'checkbox', key: field.id }
    case 'date':
      return {
        ...common,
        type: 'datetime',
        key: field.id,
        subtype: 'date',
        dateLabel: common.label,
        validate: validate(field),
      }
    case 'time':
      return {
        ...common,
        type: 'datetime',
        key: field.id,
        subtype: 'time',
        timeLabel: common.label,
        use24h: true,
        timeSerializingFormat: 'no_timezone',
        validate: validate(field),
      }
    case 'datetime':
      return {
        ...common,
        type: 'datetime',
        key: field.id,
        subtype: 'datetime',
        dateLabel: common.label,
        timeLabel: 'Uhrzeit',
        use24h: true,
        timeSerializingFormat: 'utc_offset',
        validate: validate(field),
      }
    case 'num':
    case 'num_int':
    case 'num_currency':
      return {
        ...common,
        type: 'number',
        key: field.id,
        ...(field.datentyp === 'num_int' ? { decimalDigits: 0 } : {}),
        ...(field.datentyp === 'num_currency'
          ? { decimalDigits: 2, appearance: { suffixAdorner: '€' } }
          : {}),
        validate: {
          ...validate(field),
          ...(limits.minValue !== undefined ? { min: limits.minValue } : {}),
          ...(limits.maxValue !== undefined ? { max: limits.maxValue } : {}),
        },
      }
    default:
      return {
        ...common,
        type: 'textfield',
        key: field.id,
        validate: {
          ...validate(field),
          ...(limits.minLength !== undefined ? { minLength: limits.minLength } : {}),
          ...(limits.maxLength !== undefined ? { maxLength: limits.maxLength } : {}),
          ...(limits.pattern !== undefined
            ? { pattern: limits.pattern, validationType: 'custom' }
            : {}),
        },
      }
  }
}

/** Required unless the field is conditional: a hidden field must not block submission. */
function validate(field: Datenfeld): Component {
  return { required: isRequired(field) && field.bedingung === undefined }
}

/**
 * form-js evaluates conditions against the whole form data, so the condition names the other
 * field by its full path (`befreiung.befreiungBeantragt`). Inside a repeated group the path has no
 * fixed index; such a condition is left out and the JSON Schema keeps the field optional.
 */
function hideCondition(field: Datenfeld, locations: Map<string, FieldLocation>): Component {
  const condition = field.bedingung
  if (condition === undefined) return {}
  const source = locations.get(condition.feld)
  if (!source || source.insideList) return {}
  return {
    conditional: { hide: `=not(${source.path.join('.')} = ${feelLiteral(condition.wert)})` },
  }
}

function feelLiteral(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/** Names go into markdown text components; characters with markdown or HTML meaning are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|&]/g, (char) => `\\${char}`)
}
