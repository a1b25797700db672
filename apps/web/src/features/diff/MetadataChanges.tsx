import { useT } from '../../lib/i18n/i18n'
import { diffMessages } from './messages'
import type { MetadataChange } from './versionDiff'

function show(value: unknown, none: string): string {
  if (value === undefined) return none
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Metadata changes as a table: field (JSON pointer), what happened, old → new. */
export function MetadataChanges({ changes }: { changes: readonly MetadataChange[] }) {
  const t = useT(diffMessages)
  return (
    <section aria-labelledby="bauplan-diff-metadata">
      <h2 id="bauplan-diff-metadata">{t('metadataHeading')}</h2>
      {changes.length === 0 ? (
        <p>{t('noMetadataChanges')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('change')}</th>
              <th scope="col">{t('oldValue')}</th>
              <th scope="col">{t('newValue')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.pointer} className={`bauplan-rule-${change.kind}`}>
                <th scope="row">
                  <code>{change.pointer}</code>
                </th>
                <td>{t(change.kind)}</td>
                <td>{show(change.oldValue, t('none'))}</td>
                <td>{show(change.newValue, t('none'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
