import type { ChangeEvent } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { FieldProblems } from './FieldProblems'
import { useFieldWiring } from './fieldDescription'
import { useMetadataForm } from './formContext'
import type { FieldPath } from './jsonPointer'
import { metadataFormMessages } from './messages'
import { kindOf, type SchemaNode } from './schemaNode'

export interface ScalarFieldProps {
  node: SchemaNode
  path: FieldPath
  value: unknown
  label: string
  required: boolean
}

/** Longer texts get a text area; the schema's maxLength says which fields are prose. */
const PROSE_LENGTH = 1000

/** One labelled control for a string, number, boolean, enum, const or multi-type value. */
export function ScalarField({ node, path, value, label, required }: ScalarFieldProps) {
  const t = useT(metadataFormMessages)
  const wiring = useFieldWiring(path, node)
  const { update } = useMetadataForm()
  // An emptied optional field disappears; inside a list the slot stays (as "") so indexes hold.
  const inList = typeof path[path.length - 1] === 'number'
  const set = (next: unknown) => update(path, next === undefined && inList ? '' : next)
  const common = {
    id: wiring.id,
    'aria-describedby': wiring.describedBy,
    'aria-invalid': wiring.invalid || undefined,
    'aria-required': required || undefined,
  }
  const kind = kindOf(node)

  let control
  if (kind === 'enum' || kind === 'const' || kind === 'boolean') {
    const options =
      kind === 'enum' ? [...(node.enum ?? [])] : kind === 'const' ? [node.const] : [true, false]
    const index = options.findIndex((option) => option === value)
    const unknownValue = index < 0 && value !== undefined
    control = (
      <select
        {...common}
        disabled={wiring.readOnly}
        value={index >= 0 ? String(index) : unknownValue ? 'current' : ''}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          const chosen = event.target.value
          if (chosen === 'current') return
          set(chosen === '' ? undefined : options[Number(chosen)])
        }}
      >
        <option value="">{value === undefined ? t('choose') : t('notSet')}</option>
        {unknownValue && <option value="current">{JSON.stringify(value)}</option>}
        {options.map((option, i) => (
          <option key={i} value={String(i)}>
            {typeof option === 'boolean' ? (option ? t('yes') : t('no')) : String(option)}
          </option>
        ))}
      </select>
    )
  } else if (kind === 'integer' || kind === 'number') {
    control = (
      <input
        {...common}
        type="number"
        readOnly={wiring.readOnly}
        step={kind === 'integer' ? 1 : 'any'}
        min={node.minimum}
        max={node.maximum}
        value={typeof value === 'number' ? value : ''}
        onChange={(event) =>
          set(event.target.value === '' ? undefined : Number(event.target.value))
        }
      />
    )
  } else if (kind === 'union') {
    control = <UnionControl common={common} label={label} value={value} onChange={set} />
  } else {
    const text = typeof value === 'string' ? value : value === undefined ? '' : String(value)
    const onText = (next: string) => set(next === '' ? undefined : next)
    control =
      (node.maxLength ?? 0) >= PROSE_LENGTH ? (
        <textarea
          {...common}
          readOnly={wiring.readOnly}
          rows={4}
          value={text}
          onChange={(event) => onText(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={node.format === 'date' ? 'date' : 'text'}
          readOnly={wiring.readOnly}
          value={text}
          onChange={(event) => onText(event.target.value)}
        />
      )
  }

  return (
    <div className="bauplan-field">
      <label htmlFor={wiring.id}>
        {label}
        {required && <span className="bauplan-required"> {t('required')}</span>}
      </label>
      {control}
      <FieldProblems id={wiring.problemsId} problems={wiring.problems} />
      {node.description && (
        <p id={wiring.helpId} className="bauplan-help">
          {node.description}
        </p>
      )}
    </div>
  )
}

/** A value that may be text, a number or true/false (e.g. the value a condition compares with). */
function UnionControl({
  common,
  label,
  value,
  onChange,
}: {
  common: Record<string, unknown>
  label: string
  value: unknown
  onChange: (value: unknown) => void
}) {
  const t = useT(metadataFormMessages)
  const kind =
    typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string'
  const typeId = `${String(common.id)}-type`
  const convert = (next: string) =>
    next === 'number'
      ? Number(value) || 0
      : next === 'boolean'
        ? Boolean(value)
        : String(value ?? '')
  return (
    <span className="bauplan-union">
      <select
        id={typeId}
        aria-label={t('unionType', { field: label })}
        value={kind}
        onChange={(event) => onChange(convert(event.target.value))}
      >
        <option value="string">{t('typeString')}</option>
        <option value="number">{t('typeNumber')}</option>
        <option value="boolean">{t('typeBoolean')}</option>
      </select>
      {kind === 'boolean' ? (
        <select
          {...common}
          value={value ? 'true' : 'false'}
          onChange={(event) => onChange(event.target.value === 'true')}
        >
          <option value="true">{t('yes')}</option>
          <option value="false">{t('no')}</option>
        </select>
      ) : (
        <input
          {...common}
          type={kind === 'number' ? 'number' : 'text'}
          value={value === undefined ? '' : String(value)}
          onChange={(event) =>
            onChange(kind === 'number' ? Number(event.target.value) : event.target.value)
          }
        />
      )}
    </span>
  )
}
