/** What an import did: the verify checks, the bundle's origin, and every version created or left as it was. */
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { ProblemList } from '../../lib/ui/ErrorMessage'
import {
  IMPORT_CHECKS,
  type CheckOutcomes,
  type ImportReport,
  type VersionKey,
} from './importBundle'
import { blueprintImportMessages } from './messages'

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT(blueprintImportMessages)
  const { origin } = report
  return (
    <section className="blueprint-import-report" aria-labelledby="blueprint-import-done">
      <h2 id="blueprint-import-done">{t('done')}</h2>
      <p>
        {t('origin', {
          block: `${origin.blockId}@${origin.version}`,
          catalogue: origin.catalogue.name,
        })}
        {origin.catalogue.url !== null && /^https?:\/\//i.test(origin.catalogue.url) ? (
          <>
            {' '}
            (<a href={origin.catalogue.url}>{origin.catalogue.url}</a>)
          </>
        ) : null}
      </p>
      {/* Only http(s) addresses become links: the origin comes from the uploaded bundle. */}
      <CheckList checks={report.checks} />
      <Versions
        heading={t('createdHeading', { count: report.created.length })}
        keys={report.created}
      />
      <Versions
        heading={t('unchangedHeading', { count: report.unchanged.length })}
        keys={report.unchanged}
      />
      {report.warnings.length > 0 ? (
        <>
          <h3>{t('warningsHeading', { count: report.warnings.length })}</h3>
          <ProblemList problems={report.warnings} />
        </>
      ) : null}
    </section>
  )
}

/** The verify checks in the order they ran, each with its outcome in words (not only by colour). */
export function CheckList({ checks }: { checks: CheckOutcomes }) {
  const t = useT(blueprintImportMessages)
  return (
    <>
      <h3>{t('checksHeading')}</h3>
      <ul className="blueprint-import-checks">
        {IMPORT_CHECKS.map((check) => {
          const outcome = checks[check]
          return (
            <li key={check} className={`check-${outcome}`}>
              <span aria-hidden="true">
                {outcome === 'passed' ? '✓' : outcome === 'failed' ? '✗' : '–'}
              </span>{' '}
              {t(`check_${check}`)}: <strong>{t(`outcome_${outcome}`)}</strong>
            </li>
          )
        })}
      </ul>
    </>
  )
}

function Versions({ heading, keys }: { heading: string; keys: readonly VersionKey[] }) {
  const t = useT(blueprintImportMessages)
  return (
    <>
      <h3>{heading}</h3>
      {keys.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="blueprint-import-versions">
          {keys.map((key) => (
            <li key={`${key.blockId}@${key.version}`}>
              <Link to={{ name: 'version', id: key.blockId, version: key.version }}>
                <code>{key.blockId}</code> {key.version}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
