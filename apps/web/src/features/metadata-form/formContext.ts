import type { Problem } from '@bauplan/domain'
import { createContext, useContext } from 'react'
import type { FieldPath } from './jsonPointer'
import type { SchemaNode } from './schemaNode'

/** What every field of the form shares: the schema root, the problems, and how to change values. */
export interface MetadataFormContextValue {
  root: SchemaNode
  /** Pointers shown but not editable (the id: a draft cannot change the block it belongs to). */
  readOnly: ReadonlySet<string>
  update(path: FieldPath, value: unknown): void
  removeItem(path: FieldPath, index: number): void
}

/** Stable for the life of the form, so memoised sections do not re-render for unrelated edits. */
export const MetadataFormContext = createContext<MetadataFormContextValue | undefined>(undefined)

/** Problems change with every edit; only the fields that are rendered read them. */
export const ProblemsContext = createContext<ReadonlyMap<string, readonly Problem[]>>(new Map())

export function useProblemsAt(pointer: string): readonly Problem[] {
  return useContext(ProblemsContext).get(pointer) ?? NO_PROBLEMS
}

const NO_PROBLEMS: readonly Problem[] = []

export function useMetadataForm(): MetadataFormContextValue {
  const value = useContext(MetadataFormContext)
  if (!value) throw new Error('fields need a <MetadataForm> above them')
  return value
}

/** Problems grouped by the pointer they name; problems without one belong to the whole form (''). */
export function groupByPointer(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>()
  for (const problem of problems) {
    const pointer = problem.pointer ?? ''
    groups.set(pointer, [...(groups.get(pointer) ?? []), problem])
  }
  return groups
}
