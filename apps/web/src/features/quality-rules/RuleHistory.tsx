/** The configuration's revisions, newest first: who, when, why, and which levels changed. */
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { useLevelLabel } from './levelLabels'
import { levelChanges } from './levelChanges'
import { qualityRulesMessages } from './messages'
import type { RuleCatalogueEntry, RuleConfigurationRevision } from './rulesApi'

export function RuleHistory({
  items,
  catalogue,
}: {
  items: readonly RuleConfigurationRevision[]
  catalogue: readonly RuleCatalogueEntry[]
}) {
  const t = useT(qualityRulesMessages)
  const { locale } = useLocale()
  const levelLabel = useLevelLabel()
  if (items.length === 0) return <p>{t('historyEmpty')}</p>
  const ordered = [...items].sort((a, b) => b.revision - a.revision)
  const titleOf = (rule: string) =>
    catalogue.find((entry) => entry.name === rule)?.title[locale] ?? rule
  return (
    <ol className="quality-history" reversed>
      {ordered.map((item, index) => {
        const changes = levelChanges(item, ordered[index + 1], catalogue)
        return (
          <li key={item.revision}>
            <p className="quality-history-head">
              <strong>
                {t('historyEntry', {
                  revision: String(item.revision),
                  when: item.changedAt ? formatDateTime(item.changedAt, locale) : '–',
                  who: item.changedBy?.name ?? t('unknownPerson'),
                })}
              </strong>
            </p>
            {item.comment ? <p>{t('historyComment', { comment: item.comment })}</p> : null}
            {changes.length === 0 ? (
              <p className="muted">{t('historyNoChange')}</p>
            ) : (
              <ul>
                {changes.map((change) => (
                  <li key={change.rule}>
                    {t('historyChange', {
                      rule: titleOf(change.rule),
                      from: levelLabel(change.from),
                      to: levelLabel(change.to),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        )
      })}
    </ol>
  )
}
