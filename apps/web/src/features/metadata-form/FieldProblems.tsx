import type { Problem } from '@bauplan/domain'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { metadataFormMessages } from './messages'

/**
 * The problems of one field, right below it. The element's id goes into the control's
 * aria-describedby, so a screen reader reads the message with the field. Severity is written out,
 * not only coloured.
 */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const t = useT(metadataFormMessages)
  const { locale } = useLocale()
  if (problems.length === 0) return null
  return (
    <ul id={id} className="bauplan-field-problems">
      {problems.map((problem, index) => (
        <li key={index} className={`bauplan-problem bauplan-problem-${problem.severity}`}>
          <span aria-hidden="true">{problem.severity === 'error' ? '⛔ ' : '⚠️ '}</span>
          <strong>{problem.severity === 'error' ? t('error') : t('warning')}</strong>{' '}
          {problem.message[locale]}
        </li>
      ))}
    </ul>
  )
}
