/**
 * Problems as lines a terminal and an editor understand: `file:line:column pointer #element —
 * error: message [code]`, grouped under a heading per folder (or per upload), in the chosen language.
 */
import path from 'node:path'
import type { Locale, Problem } from '@bauplan/domain'

export interface ProblemGroup {
  /** Heading of the group, e.g. the folder as the user wrote it. */
  title: string
  /** Prefix for the problems' file names, so `folder/file` is clickable; empty for uploads. */
  dir?: string
  problems: readonly Problem[]
}

const SEVERITY: Record<Locale, Record<Problem['severity'], string>> = {
  de: { error: 'Fehler', warning: 'Warnung' },
  en: { error: 'error', warning: 'warning' },
}

export function problemLine(problem: Problem, lang: Locale, dir?: string): string {
  let where = problem.file === undefined ? '' : dir ? path.join(dir, problem.file) : problem.file
  if (where !== '' && problem.line !== undefined) {
    where += `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`
  }
  const parts = [
    where,
    problem.pointer ?? '',
    problem.elementId !== undefined ? `#${problem.elementId}` : '',
  ].filter((part) => part !== '')
  const prefix = parts.length > 0 ? `${parts.join(' ')} — ` : ''
  return `${prefix}${SEVERITY[lang][problem.severity]}: ${problem.message[lang]} [${problem.code}]`
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length
  return { errors, warnings: problems.length - errors }
}

/** "2 Fehler, 1 Warnung" / "2 errors, 1 warning". */
export function countText(counts: { errors: number; warnings: number }, lang: Locale): string {
  if (lang === 'de') {
    return `${counts.errors} Fehler, ${counts.warnings} ${counts.warnings === 1 ? 'Warnung' : 'Warnungen'}`
  }
  return `${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}`
}

/** Groups without problems are left out: the summary line counts them. */
export function renderProblemGroups(groups: readonly ProblemGroup[], lang: Locale): string[] {
  const lines: string[] = []
  for (const group of groups) {
    if (group.problems.length === 0) continue
    lines.push(`${group.title}: ${countText(countProblems(group.problems), lang)}`)
    for (const problem of sortProblems(group.problems)) {
      lines.push(`  ${problemLine(problem, lang, group.dir)}`)
    }
    lines.push('')
  }
  return lines
}

/** Errors first, then by file and position, so the first line is the first thing to fix. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0)
  )
}
