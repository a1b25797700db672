import type { Problem } from '@bauplan/domain'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { fieldId } from './jsonPointer'
import { metadataFormMessages } from './messages'

/**
 * The list of errors above the form (the GOV.UK/BITV pattern): each entry names the field and
 * links to it; choosing it moves focus into the field, so keyboard users get there in one step.
 */
export function ErrorSummary({
  problems,
  headingId,
  onChoose,
}: {
  problems: readonly Problem[]
  headingId: string
  /** Opens the field's section and focuses the field. */
  onChoose: (pointer: string) => void
}) {
  const t = useT(metadataFormMessages)
  const { locale } = useLocale()
  const errors = problems.filter((p) => p.severity === 'error')
  const warnings = problems.length - errors.length
  if (problems.length === 0) {
    return (
      <p role="status" className="bauplan-summary-ok">
        <span aria-hidden="true">✅ </span>
        {t('valid')}
      </p>
    )
  }
  return (
    <div className="bauplan-error-summary" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {errors.length === 1
          ? t('summaryHeadingOne')
          : t('summaryHeading', { count: errors.length })}
        {warnings > 0 && ` · ${t('summaryWarnings', { count: warnings })}`}
      </h3>
      <p>{t('summaryIntro')}</p>
      <ul>
        {problems.map((problem, index) => {
          const pointer = problem.pointer ?? ''
          return (
            <li key={index}>
              <a
                href={`#${fieldId(pointer)}`}
                onClick={(event) => {
                  event.preventDefault()
                  onChoose(pointer)
                }}
              >
                <strong>{problem.severity === 'error' ? t('error') : t('warning')}</strong>{' '}
                {pointer === '' ? `${t('general')}: ` : ''}
                {problem.message[locale]}
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
