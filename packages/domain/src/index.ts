// The only door into @bauplan/domain. Every public name is listed here explicitly.
export type { LocalizedText, Locale, Severity, Problem } from './problem'
export { hasErrors, formatProblem } from './problem'
