/**
 * A problem found in a building block: one shape for schema errors, XML and BPMN/DMN checks and
 * reference checks, so every caller (CLI, server, editor) shows them the same way.
 */

/** A text in both languages the workbench speaks. German is the default. */
export interface LocalizedText {
  de: string
  en: string
}

export type Locale = keyof LocalizedText

export type Severity = 'error' | 'warning'

export interface Problem {
  /** Stable machine-readable code, `area.kind`, e.g. `schema.pattern`, `xml.doctype`, `bpmn.duplicateId`. */
  code: string
  severity: Severity
  message: LocalizedText
  /** JSON pointer into the metadata (RFC 6901), e.g. `/leistungen/0/leistungsschluessel`. */
  pointer?: string
  /** File the problem is in, relative to the building-block folder, e.g. `gewerbe-anmelden.bpmn`. */
  file?: string
  /** 1-based position in `file`, where the parser knows it. */
  line?: number
  column?: number
  /** BPMN/DMN element the problem is about. */
  elementId?: string
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}

/** Renders a problem as one line for logs and the CLI. */
export function formatProblem(problem: Problem, locale: Locale = 'de'): string {
  const where = [
    problem.file,
    problem.line !== undefined
      ? `${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`
      : undefined,
    problem.pointer,
    problem.elementId,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' ')
  return `${where ? `${where}: ` : ''}${problem.message[locale]} [${problem.code}]`
}
