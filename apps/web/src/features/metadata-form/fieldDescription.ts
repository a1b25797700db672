import type { Problem } from '@bauplan/domain'
import { useMetadataForm, useProblemsAt } from './formContext'
import { fieldId, pointerOf, type FieldPath } from './jsonPointer'
import type { SchemaNode } from './schemaNode'

/** Ids and ARIA attributes that tie a control to its help text and its problems. */
export interface FieldWiring {
  pointer: string
  id: string
  helpId: string
  problemsId: string
  problems: readonly Problem[]
  invalid: boolean
  describedBy: string | undefined
  readOnly: boolean
}

export function useFieldWiring(path: FieldPath, node: SchemaNode): FieldWiring {
  const { readOnly } = useMetadataForm()
  const pointer = pointerOf(path)
  const id = fieldId(pointer)
  const problems = useProblemsAt(pointer)
  const helpId = `${id}-help`
  const problemsId = `${id}-problems`
  const describedBy =
    [problems.length > 0 ? problemsId : undefined, node.description ? helpId : undefined]
      .filter((part) => part !== undefined)
      .join(' ') || undefined
  return {
    pointer,
    id,
    helpId,
    problemsId,
    problems,
    invalid: problems.some((p) => p.severity === 'error'),
    describedBy,
    readOnly: readOnly.has(pointer),
  }
}
