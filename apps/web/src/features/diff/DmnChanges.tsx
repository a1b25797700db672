import { useT } from '../../lib/i18n/i18n'
import { diffMessages } from './messages'
import type { DecisionTableDiff, VersionDiff } from './versionDiff'

/** Rule-level DMN changes: one table per changed decision; each row says what happened in words. */
export function DmnChanges({ dmn }: { dmn: VersionDiff['dmn'] }) {
  const t = useT(diffMessages)
  const empty =
    dmn.decisionsAdded.length + dmn.decisionsRemoved.length + dmn.decisionsChanged.length === 0
  return (
    <section aria-labelledby="bauplan-diff-dmn">
      <h2 id="bauplan-diff-dmn">{t('decisionsHeading')}</h2>
      {empty && <p>{t('noDmnChanges')}</p>}
      <ul>
        {dmn.decisionsAdded.map((d) => (
          <li key={`+${d.id}`}>{t('decisionAdded', { name: d.name ?? d.id, file: d.file })}</li>
        ))}
        {dmn.decisionsRemoved.map((d) => (
          <li key={`-${d.id}`}>{t('decisionRemoved', { name: d.name ?? d.id, file: d.file })}</li>
        ))}
      </ul>
      {dmn.decisionsChanged.map((decision) => (
        <DecisionTableChanges key={decision.id} decision={decision} />
      ))}
    </section>
  )
}

function DecisionTableChanges({ decision }: { decision: DecisionTableDiff }) {
  const t = useT(diffMessages)
  const rows = [
    ...decision.rulesAdded.map((rule) => ({
      kind: 'added' as const,
      index: rule.index,
      id: rule.id,
      label: t('ruleAdded', { index: String(rule.index) }),
      cells: rule.cells.map((c) => `${c.label}: ${c.value || t('none')}`),
    })),
    ...decision.rulesRemoved.map((rule) => ({
      kind: 'removed' as const,
      index: rule.index,
      id: rule.id,
      label: t('ruleRemoved', { index: String(rule.index) }),
      cells: rule.cells.map((c) => `${c.label}: ${c.value || t('none')}`),
    })),
    ...decision.rulesChanged.map((rule) => ({
      kind: 'changed' as const,
      index: rule.index,
      id: rule.id,
      label: t('ruleChanged', { index: String(rule.index) }),
      cells: rule.cells.map(
        (c) => `${c.label}: ${c.oldValue || t('none')} → ${c.newValue || t('none')}`
      ),
    })),
  ].sort((a, b) => a.index - b.index)
  const caption = t('decisionTable', { name: decision.name ?? decision.id, file: decision.file })
  return (
    <div className="bauplan-dmn-diff">
      <h3>{caption}</h3>
      <ul>
        {decision.hitPolicy && (
          <li>
            {t('hitPolicy', { old: decision.hitPolicy.oldValue, new: decision.hitPolicy.newValue })}
          </li>
        )}
        {decision.columnsAdded.map((c) => (
          <li key={`+${c.id}`}>{t('columnAdded', { label: c.label })}</li>
        ))}
        {decision.columnsRemoved.map((c) => (
          <li key={`-${c.id}`}>{t('columnRemoved', { label: c.label })}</li>
        ))}
      </ul>
      {rows.length > 0 && (
        <table>
          <caption className="bauplan-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rule')}</th>
              <th scope="col">{t('change')}</th>
              <th scope="col">{t('cells')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}:${row.id}`} className={`bauplan-rule-${row.kind}`}>
                <th scope="row">{row.index}</th>
                <td>{row.label}</td>
                <td>
                  <ul>
                    {row.cells.map((cell, i) => (
                      <li key={i}>{cell}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
