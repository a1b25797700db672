import type { Problem } from '@bauplan/domain'

/**
 * Problems that make a draft unstorable: the server refuses a draft it could not open again
 * (unreadable XML or JSON, not BPMN/DMN at all, bad file names); everything else is stored and
 * reported. Autosave skips such states instead of collecting 422 answers; an explicit save still
 * sends them, so the user sees the server's own explanation.
 */
const STRUCTURAL_CODES = new Set([
  'bpmn.notBpmn',
  'bpmn.unparsable',
  'dmn.notDmn',
  'dmn.unsupportedVersion',
  'dmn.parseFailed',
  'folder.invalidFileName',
  'folder.missingMetadata',
])

export function isStructural(problem: Problem): boolean {
  if (problem.severity !== 'error') return false
  return (
    problem.code.startsWith('xml.') ||
    problem.code.startsWith('json.') ||
    STRUCTURAL_CODES.has(problem.code)
  )
}

export function isStorable(problems: readonly Problem[]): boolean {
  return !problems.some(isStructural)
}
