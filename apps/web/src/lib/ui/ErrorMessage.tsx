/**
 * Shows a failed request: the server's problem text (already in the UI language) and each finding
 * with where it is (file, line, field), announced to screen readers as an alert.
 */
import type { Problem } from '@bauplan/domain'
import { isApiProblem } from '../api/apiProblem'
import { useLocale, useT } from '../i18n/i18n'
import { uiMessages } from './messages'

export function ErrorMessage({
  error,
  onRetry,
  heading,
}: {
  error: Error
  onRetry?: () => void
  heading?: string
}) {
  const t = useT(uiMessages)
  const title = heading ?? (isApiProblem(error) ? error.title : t('errorHeading'))
  const detail = isApiProblem(error) ? error.detail : error.message
  const problems = isApiProblem(error) ? error.problems : []
  return (
    <div className="message message-error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      {detail && detail !== title ? <p>{detail}</p> : null}
      <ProblemList problems={problems} />
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  )
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { locale } = useLocale()
  const t = useT(uiMessages)
  if (problems.length === 0) return null
  return (
    <ul className="problem-list" aria-label={t('problemsHeading')}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${index}`}>
          <span className="visually-hidden">
            {problem.severity === 'error' ? t('error') : t('warning')}:{' '}
          </span>
          {problem.message[locale]}
          {where(problem) ? <span className="muted"> ({where(problem)})</span> : null}
        </li>
      ))}
    </ul>
  )
}

function where(problem: Problem): string {
  const position =
    problem.line !== undefined
      ? `${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`
      : undefined
  return [problem.file, position, problem.pointer, problem.elementId]
    .filter((part) => part !== undefined && part !== '')
    .join(' ')
}
