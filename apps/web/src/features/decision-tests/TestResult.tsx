/** Pass or fail of one test (icon and word, never colour alone), its errors and matched rules. */
import type { DecisionTestResult } from '@bauplan/dmn-engine'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { decisionTestsMessages } from './messages'

/** The rules one evaluation matched in one decision table, for highlighting them there. */
export interface MatchedRulesTarget {
  decisionId: string
  ruleIds: string[]
}

export function TestResult({
  result,
  stale,
  number,
  onShowRules,
}: {
  result: DecisionTestResult | undefined
  stale: boolean
  /** The test's number (1-based), for the button's accessible name. */
  number: number
  onShowRules?: ((target: MatchedRulesTarget) => void) | undefined
}) {
  const t = useT(decisionTestsMessages)
  const { locale } = useLocale()
  if (stale) return <span className="muted">{t('stale')}</span>
  if (!result) return null
  const tables = result.matchedRules.filter(
    (entry) => entry.tableId !== undefined || entry.rules.length > 0
  )
  const rulesText = (entry: (typeof tables)[number]) =>
    entry.rules
      .map(
        (rule) =>
          `${t('ruleNumber', { index: String(rule.index) })}${rule.ruleId ? ` (${rule.ruleId})` : ''}`
      )
      .join(', ')
  return (
    <div className="decision-test-result">
      <strong className={result.passed ? 'decision-test-pass' : 'decision-test-fail'}>
        <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
        {result.passed ? t('passed') : t('failed')}
      </strong>
      {result.errors.map((error, index) => (
        <span key={index} className="field-error">
          {error.message[locale]}
        </span>
      ))}
      {tables.length > 0 ? (
        <span className="decision-test-rules">
          {t('matchedRules', {
            rules: tables
              .map((entry) =>
                entry.rules.length === 0
                  ? `${entry.decisionName}: ${t('matchedNone')}`
                  : tables.length === 1
                    ? rulesText(entry)
                    : t('ruleIn', { decision: entry.decisionName, rules: rulesText(entry) })
              )
              .join('; '),
          })}
        </span>
      ) : null}
      {onShowRules
        ? tables
            .filter((entry) => entry.rules.some((rule) => rule.ruleId !== undefined))
            .map((entry) => (
              <button
                key={entry.decisionId}
                type="button"
                className="button-link"
                aria-label={t('showRulesLabel', {
                  n: String(number),
                  decision: entry.decisionName,
                })}
                onClick={() =>
                  onShowRules({
                    decisionId: entry.decisionId,
                    ruleIds: entry.rules.flatMap((rule) => (rule.ruleId ? [rule.ruleId] : [])),
                  })
                }
              >
                {t('showRules')}
              </button>
            ))
        : null}
    </div>
  )
}
