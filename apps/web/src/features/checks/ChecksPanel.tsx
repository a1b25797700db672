import type { Problem } from '@bauplan/domain'
import { LINT_RULES } from '@bauplan/lint'
import { useId } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { checksMessages } from './messages'
import './checks.css'

export interface ChecksPanelProps {
  problems: readonly Problem[]
  running: boolean
  /** A problem with an element id or a pointer was chosen: show that element or field. */
  onSelectProblem?: (problem: Problem) => void
  /** The catalogue's rule levels could not be loaded, so the defaults were used. */
  lintConfigMissing?: boolean
}

function groupByFile(problems: readonly Problem[]): [string, Problem[]][] {
  const groups = new Map<string, Problem[]>()
  for (const problem of problems) {
    const file = problem.file ?? ''
    groups.set(file, [...(groups.get(file) ?? []), problem])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))
}

/**
 * The domain checks and the catalogue's lint rules (named as such) over the whole draft, grouped by
 * file. Severity is shown as an icon and a word
 * (not colour alone); problems that name a model element or a metadata field are buttons that
 * take the user there.
 */
export function ChecksPanel({
  problems,
  running,
  onSelectProblem,
  lintConfigMissing = false,
}: ChecksPanelProps) {
  const t = useT(checksMessages)
  const { locale } = useLocale()
  const headingId = useId()
  const errors = problems.filter((p) => p.severity === 'error').length
  return (
    <section className="bauplan-checks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      {lintConfigMissing ? <p className="bauplan-check-warning">{t('lintConfigMissing')}</p> : null}
      <p role="status">
        {running
          ? t('running')
          : problems.length === 0
            ? t('allGood')
            : t('summary', { errors: String(errors), warnings: String(problems.length - errors) })}
      </p>
      {groupByFile(problems).map(([file, list]) => (
        <section key={file} aria-label={file || t('generalFile')}>
          <h3>{file || t('generalFile')}</h3>
          <ul>
            {list.map((problem, index) => {
              const target = problem.elementId
                ? t('showElement', { id: problem.elementId })
                : problem.pointer !== undefined && problem.pointer !== ''
                  ? t('showField', { pointer: problem.pointer })
                  : undefined
              const severity = problem.severity === 'error' ? t('error') : t('warning')
              const rule = LINT_RULES.find((entry) => entry.name === problem.code)
              return (
                <li key={index} className={`bauplan-check bauplan-check-${problem.severity}`}>
                  <span aria-hidden="true" className="bauplan-check-icon">
                    {problem.severity === 'error' ? '✖' : '⚠'}
                  </span>{' '}
                  <strong>{severity}:</strong> {problem.message[locale]}{' '}
                  {rule ? (
                    <span className="bauplan-check-rule">
                      {t('lintRule', { title: rule.title[locale] })}{' '}
                    </span>
                  ) : null}
                  <span className="bauplan-check-code">
                    [{problem.code}
                    {problem.line !== undefined
                      ? `, ${t('line', { line: String(problem.line) })}`
                      : ''}
                    ]
                  </span>
                  {target && onSelectProblem && (
                    <>
                      {' '}
                      <button type="button" onClick={() => onSelectProblem(problem)}>
                        {target}
                      </button>
                    </>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </section>
  )
}
