/**
 * The rule table: one row per rule with its title, what it checks, a level select and the default.
 * Read-only users see the same table with the level as text. Problems the server names by pointer
 * (`/rules/<name>`) appear in their row, so a curator sees which rule was refused and why.
 */
import type { Problem } from '@bauplan/domain'
import { useId, useState, type FormEvent } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { TableWrap } from '../../lib/ui/TableWrap'
import { useLevelLabel } from './levelLabels'
import { qualityRulesMessages } from './messages'
import { RULE_LEVELS, type RuleCatalogueEntry, type RuleLevel } from './rulesApi'

export interface RuleLevelsFormProps {
  catalogue: readonly RuleCatalogueEntry[]
  initial: Readonly<Record<string, RuleLevel>>
  editable: boolean
  busy: boolean
  problems: readonly Problem[]
  onSave: (rules: Record<string, RuleLevel>, comment: string) => void
}

export function RuleLevelsForm({
  catalogue,
  initial,
  editable,
  busy,
  problems,
  onSave,
}: RuleLevelsFormProps) {
  const t = useT(qualityRulesMessages)
  const { locale } = useLocale()
  const levelLabel = useLevelLabel()
  const ids = { comment: useId(), commentHint: useId(), status: useId() }
  const [levels, setLevels] = useState<Record<string, RuleLevel>>({ ...initial })
  const [comment, setComment] = useState('')
  const [nothingToSave, setNothingToSave] = useState(false)
  const changed = catalogue.filter((entry) => levels[entry.name] !== initial[entry.name]).length

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (changed === 0) {
      setNothingToSave(true)
      return
    }
    onSave(levels, comment.trim())
  }

  const problemsOf = (rule: string) => problems.filter((problem) => namesRule(problem, rule))

  const table = (
    <TableWrap label={t('rulesCaption')}>
      <table className="data quality-rules-table">
        <caption>{t('rulesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnRule')}</th>
            <th scope="col">{t('columnTarget')}</th>
            <th scope="col">{t('columnLevel')}</th>
            <th scope="col">{t('columnDefault')}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.map((entry) => {
            const level = levels[entry.name] ?? entry.defaultLevel
            const rowProblems = problemsOf(entry.name)
            const errorId = `rule-problem-${entry.name.replace(/[^A-Za-z0-9-]/g, '_')}`
            return (
              <tr key={entry.name} className={`quality-rule quality-rule-${level}`}>
                <th scope="row">
                  <span className="quality-rule-title">{entry.title[locale]}</span>
                  {entry.description ? (
                    <span className="quality-rule-description">{entry.description[locale]}</span>
                  ) : null}
                  <code className="quality-rule-name">{entry.name}</code>
                </th>
                <td>{entry.target === 'bpmn' ? t('targetBpmn') : t('targetMetadata')}</td>
                <td>
                  {editable ? (
                    <select
                      aria-label={t('levelFor', { title: entry.title[locale] })}
                      value={level}
                      disabled={busy}
                      aria-invalid={rowProblems.length > 0 || undefined}
                      aria-describedby={rowProblems.length > 0 ? errorId : undefined}
                      onChange={(event) => {
                        setNothingToSave(false)
                        setLevels({ ...levels, [entry.name]: event.target.value as RuleLevel })
                      }}
                    >
                      {RULE_LEVELS.map((option) => (
                        <option key={option} value={option}>
                          {levelLabel(option)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className={`quality-level quality-level-${level}`}>
                      {levelLabel(level)}
                    </span>
                  )}
                  {level !== entry.defaultLevel ? (
                    <span className="quality-rule-deviation"> {t('changedFromDefault')}</span>
                  ) : null}
                  {rowProblems.length > 0 ? (
                    <span id={errorId} className="field-error">
                      {rowProblems.map((problem) => problem.message[locale]).join(' ')}
                    </span>
                  ) : null}
                </td>
                <td>{levelLabel(entry.defaultLevel)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )

  if (!editable) return table
  return (
    <form onSubmit={submit} noValidate className="quality-rules-form">
      {table}
      <div className="field">
        <label htmlFor={ids.comment}>{t('comment')}</label>
        <span id={ids.commentHint} className="field-hint">
          {t('commentHint')}
        </span>
        <textarea
          id={ids.comment}
          aria-describedby={ids.commentHint}
          rows={2}
          value={comment}
          disabled={busy}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <p id={ids.status} role="status" className="muted">
        {nothingToSave ? t('nothingChanged') : changed > 0 ? t('unsaved', { count: changed }) : ''}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy} aria-describedby={ids.status}>
          {busy ? t('saving') : t('save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy || changed === 0}
          onClick={() => {
            setLevels({ ...initial })
            setNothingToSave(false)
          }}
        >
          {t('reset')}
        </button>
      </div>
    </form>
  )
}

/** `/rules/<name>` with the name escaped as RFC 6901 says (`/` → `~1`), or unescaped. */
function namesRule(problem: Problem, rule: string): boolean {
  const escaped = rule.replace(/~/g, '~0').replace(/\//g, '~1')
  return problem.pointer === `/rules/${escaped}` || problem.pointer === `/rules/${rule}`
}
