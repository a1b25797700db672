import { useT } from '../../lib/i18n/i18n'
import { FieldProblems } from './FieldProblems'
import { useFieldWiring } from './fieldDescription'
import { useMetadataForm } from './formContext'
import type { FieldPath } from './jsonPointer'
import { metadataFormMessages } from './messages'
import { ScalarField } from './ScalarField'
import { initialValue, kindOf, resolve, type SchemaNode } from './schemaNode'

export interface SchemaFieldProps {
  node: SchemaNode
  path: FieldPath
  value: unknown
  label: string
  required: boolean
  /** Labels for this object's own properties (the top level has human labels). */
  propertyLabel?: (name: string) => string
}

/** Renders one schema node: objects and arrays recurse, everything else is a scalar control. */
export function SchemaField(props: SchemaFieldProps) {
  const { root } = useMetadataForm()
  const node = resolve(props.node, root)
  const kind = kindOf(node)
  if (kind === 'object') return <ObjectField {...props} node={node} />
  if (kind === 'array') return <ArrayField {...props} node={node} />
  return <ScalarField {...props} node={node} />
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The properties of an object, in schema order; `$schema` is tooling, not content. */
export function ObjectProperties({
  node,
  path,
  value,
  propertyLabel = (name) => name,
}: Pick<SchemaFieldProps, 'node' | 'path' | 'value' | 'propertyLabel'>) {
  const object = isObject(value) ? value : {}
  const required = new Set(node.required ?? [])
  return (
    <>
      {Object.entries(node.properties ?? {})
        .filter(([name]) => name !== '$schema')
        .map(([name, child]) => (
          <SchemaField
            key={name}
            node={child}
            path={[...path, name]}
            value={object[name]}
            label={propertyLabel(name)}
            required={required.has(name)}
          />
        ))}
    </>
  )
}

function ObjectField({ node, path, value, label, required, propertyLabel }: SchemaFieldProps) {
  const t = useT(metadataFormMessages)
  const { update, root } = useMetadataForm()
  const wiring = useFieldWiring(path, node)
  const present = isObject(value)
  return (
    <fieldset
      id={wiring.id}
      tabIndex={-1}
      className="bauplan-group"
      aria-describedby={wiring.describedBy}
      aria-invalid={wiring.invalid || undefined}
    >
      <legend>
        {label}
        {required && <span className="bauplan-required"> {t('required')}</span>}
      </legend>
      <FieldProblems id={wiring.problemsId} problems={wiring.problems} />
      {node.description && (
        <p id={wiring.helpId} className="bauplan-help">
          {node.description}
        </p>
      )}
      {present || required ? (
        <ObjectProperties
          node={node}
          path={path}
          value={value}
          {...(propertyLabel ? { propertyLabel } : {})}
        />
      ) : null}
      {!present && !required && (
        <button type="button" onClick={() => update(path, initialValue(node, root))}>
          {t('addObject', { field: label })}
        </button>
      )}
      {present && !required && (
        <button type="button" onClick={() => update(path, undefined)}>
          {t('removeObject', { field: label })}
        </button>
      )}
    </fieldset>
  )
}

function ArrayField({ node, path, value, label, required }: SchemaFieldProps) {
  const t = useT(metadataFormMessages)
  const { update, removeItem, root } = useMetadataForm()
  const wiring = useFieldWiring(path, node)
  const items = Array.isArray(value) ? value : []
  const itemNode = node.items ?? {}
  const itemIsScalar = !['object', 'array'].includes(kindOf(resolve(itemNode, root)))
  return (
    <fieldset
      id={wiring.id}
      tabIndex={-1}
      className="bauplan-group bauplan-list"
      aria-describedby={wiring.describedBy}
      aria-invalid={wiring.invalid || undefined}
    >
      <legend>
        {label}
        {required && <span className="bauplan-required"> {t('required')}</span>}
      </legend>
      <FieldProblems id={wiring.problemsId} problems={wiring.problems} />
      {node.description && (
        <p id={wiring.helpId} className="bauplan-help">
          {node.description}
        </p>
      )}
      {items.length === 0 && <p>{t('noItems')}</p>}
      {items.map((item, index) => {
        const itemLabel = t('itemLegend', { field: label, number: String(index + 1) })
        return (
          <div
            key={index}
            className={itemIsScalar ? 'bauplan-list-item-inline' : 'bauplan-list-item'}
          >
            <SchemaField
              node={itemNode}
              path={[...path, index]}
              value={item}
              label={itemLabel}
              required
            />
            <button type="button" onClick={() => removeItem(path, index)}>
              {t('removeItem', { field: label, number: String(index + 1) })}
            </button>
          </div>
        )
      })}
      <button
        type="button"
        onClick={() => update([...path, items.length], initialValue(itemNode, root))}
      >
        {t('addItem', { field: label })}
      </button>
    </fieldset>
  )
}
