import { bausteinSchema, validateBaustein, type Problem } from '@bauplan/domain'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { ErrorSummary } from './ErrorSummary'
import { focusMetadataField } from './focusField'
import {
  groupByPointer,
  MetadataFormContext,
  ProblemsContext,
  type MetadataFormContextValue,
} from './formContext'
import { FormSection } from './FormSection'
import { removeItem, setAt, type FieldPath } from './jsonPointer'
import { fieldLabels, metadataFormMessages, type TopLevelField } from './messages'
import './metadataForm.css'
import { SchemaField } from './SchemaField'
import { kindOf, resolve, type SchemaNode } from './schemaNode'

export interface MetadataFormProps {
  /** The parsed baustein.json (any JSON: an invalid document is shown and its problems listed). */
  value: unknown
  onChange: (value: unknown) => void
  /**
   * Problems found elsewhere that point into the metadata (e.g. the folder checks' dangling links
   * from metadata into the models); shown with the schema's own.
   */
  extraProblems?: readonly Problem[]
  /** Set a new object to open the field's section and move focus to it (from the checks panel). */
  focusRequest?: { pointer: string }
  readOnlyPointers?: readonly string[]
}

const root = bausteinSchema as unknown as SchemaNode
const DEFAULT_READ_ONLY = ['/id']
const NONE: readonly Problem[] = []

function sameProblem(a: Problem, b: Problem): boolean {
  return a.code === b.code && a.pointer === b.pointer && a.message.de === b.message.de
}

/** `/leistungen/0/leistungsschluessel` → `leistungen` */
function topLevelName(pointer: string): string {
  return pointer.split('/')[1] ?? ''
}

function isSection(name: string): boolean {
  const node = root.properties?.[name]
  return node !== undefined && ['object', 'array'].includes(kindOf(resolve(node, root)))
}

/**
 * The metadata form, generated from the metadata JSON Schema and validated live with the domain's
 * `validateBaustein`: every problem appears next to its field (matched by JSON pointer) and in a
 * summary at the top that links to the field.
 */
export function MetadataForm({
  value,
  onChange,
  extraProblems = NONE,
  focusRequest,
  readOnlyPointers = DEFAULT_READ_ONLY,
}: MetadataFormProps) {
  const t = useT(metadataFormMessages)
  const label = useT(fieldLabels)
  const headingId = useId()
  const problems = useMemo(() => {
    const own = validateBaustein(value).problems
    return [...own, ...extraProblems.filter((extra) => !own.some((p) => sameProblem(p, extra)))]
  }, [value, extraProblems])
  const problemsByPointer = useMemo(() => groupByPointer(problems), [problems])

  // Edits arrive faster than React re-renders; each builds on the newest value, and the handlers
  // stay the same functions so memoised sections are not re-rendered for them.
  const latest = useRef({ value, onChange })
  latest.current = { value, onChange }
  const change = useCallback((next: unknown) => {
    latest.current.value = next
    latest.current.onChange(next)
  }, [])
  const readOnly = useMemo(() => new Set(readOnlyPointers), [readOnlyPointers])
  const context = useMemo<MetadataFormContextValue>(
    () => ({
      root,
      readOnly,
      update: (path: FieldPath, next: unknown) => change(setAt(latest.current.value, path, next)),
      removeItem: (path: FieldPath, index: number) =>
        change(removeItem(latest.current.value, path, index)),
    }),
    [readOnly, change]
  )

  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(new Set())
  const toggle = useCallback((name: string, open: boolean) => {
    setOpenSections((current) => {
      const next = new Set(current)
      if (open) next.add(name)
      else next.delete(name)
      return next
    })
  }, [])
  const pendingFocus = useRef<string | undefined>(undefined)
  const reveal = useCallback(
    (pointer: string) => {
      const name = topLevelName(pointer)
      if (isSection(name)) toggle(name, true)
      pendingFocus.current = pointer
      setFocusTick((tick) => tick + 1)
    },
    [toggle]
  )
  const [focusTick, setFocusTick] = useState(0)
  useEffect(() => {
    if (pendingFocus.current === undefined) return
    focusMetadataField(pendingFocus.current)
    pendingFocus.current = undefined
  }, [focusTick, openSections])
  useEffect(() => {
    if (focusRequest) reveal(focusRequest.pointer)
  }, [focusRequest, reveal])

  const object =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  const required = new Set(root.required ?? [])
  const humanLabel = (name: string) =>
    name in fieldLabels.de ? label(name as TopLevelField) : name

  return (
    <MetadataFormContext.Provider value={context}>
      <ProblemsContext.Provider value={problemsByPointer}>
        <form
          className="bauplan-metadata-form"
          aria-label={t('formLabel')}
          noValidate
          onSubmit={(event) => event.preventDefault()}
        >
          <ErrorSummary problems={problems} headingId={headingId} onChoose={reveal} />
          {Object.entries(root.properties ?? {})
            .filter(([name]) => name !== '$schema')
            .map(([name, node]) => {
              const common = {
                node,
                value: object[name],
                label: humanLabel(name),
                required: required.has(name),
              }
              if (!isSection(name)) return <SchemaField key={name} {...common} path={[name]} />
              const inside = problems.filter((p) => topLevelName(p.pointer ?? '') === name)
              const errors = inside.filter((p) => p.severity === 'error').length
              return (
                <FormSection
                  key={name}
                  {...common}
                  name={name}
                  open={openSections.has(name)}
                  onToggle={toggle}
                  errorCount={errors}
                  warningCount={inside.length - errors}
                />
              )
            })}
        </form>
      </ProblemsContext.Provider>
    </MetadataFormContext.Provider>
  )
}
