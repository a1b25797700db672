import type { Problem, Severity } from '../problem'
import { fieldLabel } from './fieldLabel'

/**
 * A problem about the field at `pointer`; the message starts with the field's label so every
 * semantic check names its field the same way the schema messages do.
 */
export function fieldProblem(
  code: string,
  pointer: string,
  text: { de: string; en: string },
  severity: Severity = 'error'
): Problem {
  const label = fieldLabel(pointer)
  return {
    code,
    severity,
    pointer,
    message: { de: `${label.de}: ${text.de}`, en: `${label.en}: ${text.en}` },
  }
}
