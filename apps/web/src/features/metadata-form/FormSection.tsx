import { memo } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { fieldId } from './jsonPointer'
import { metadataFormMessages } from './messages'
import { SchemaField } from './SchemaField'
import type { SchemaNode } from './schemaNode'

export interface FormSectionProps {
  name: string
  node: SchemaNode
  value: unknown
  label: string
  required: boolean
  open: boolean
  onToggle: (name: string, open: boolean) => void
  /** Errors and warnings inside this section, so a closed section still says it needs attention. */
  errorCount: number
  warningCount: number
}

/**
 * A top-level list or group (Leistungen, Daten, Fristen, …) as a disclosure. Its fields are rendered
 * only while it is open: a full block has hundreds of data fields, and rendering all of them on
 * every keystroke made typing sluggish. Memoised, so typing in one section leaves the others alone.
 */
export const FormSection = memo(function FormSection({
  name,
  node,
  value,
  label,
  required,
  open,
  onToggle,
  errorCount,
  warningCount,
}: FormSectionProps) {
  const t = useT(metadataFormMessages)
  return (
    <details
      className="bauplan-section"
      open={open}
      onToggle={(event) => {
        const isOpen = (event.currentTarget as HTMLDetailsElement).open
        if (isOpen !== open) onToggle(name, isOpen)
      }}
    >
      <summary id={`${fieldId(`/${name}`)}-section`}>
        {label}
        {required && <span className="bauplan-required"> {t('required')}</span>}
        {errorCount > 0 && (
          <span className="bauplan-problem-error">
            {' '}
            · {t('sectionErrors', { count: String(errorCount) })}
          </span>
        )}
        {warningCount > 0 && (
          <span className="bauplan-problem-warning">
            {' '}
            · {t('sectionWarnings', { count: String(warningCount) })}
          </span>
        )}
      </summary>
      {open && (
        <SchemaField node={node} path={[name]} value={value} label={label} required={required} />
      )}
    </details>
  )
})
