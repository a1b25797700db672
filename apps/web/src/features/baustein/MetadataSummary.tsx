/**
 * The metadata of a version for reading: identity and classification as a definition list, the
 * texts, then Leistungen, Handlungsgrundlagen, Fristen, Kosten and Prozessteilnehmer as tables.
 */
import type { Baustein } from '@bauplan/domain'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { bausteinMessages } from './messages'
import {
  FristenTable,
  HandlungsgrundlagenList,
  KostenTable,
  LeistungenTable,
  ProzessteilnehmerTable,
} from './MetadataTables'

export function MetadataSummary({ metadata }: { metadata: Baustein }) {
  const t = useT(bausteinMessages)
  const { locale } = useLocale()
  const vocabulary = useVocabulary()
  const facts: [label: string, value: string | undefined, mono?: boolean][] = [
    [t('name'), metadata.name],
    [t('bezeichnung'), metadata.bezeichnung],
    [t('id'), metadata.id, true],
    [t('bausteinart'), metadata.bausteinart && vocabulary.bausteinart(metadata.bausteinart)],
    [
      t('einsatzbereich'),
      metadata.einsatzbereich && vocabulary.einsatzbereich(metadata.einsatzbereich),
    ],
    [t('themenfeld'), metadata.ozg?.themenfeld && vocabulary.themenfeld(metadata.ozg.themenfeld)],
    [t('herausgeber'), metadata.herausgeber?.organisationsname],
    [t('lizenz'), metadata.lizenz],
    [
      t('letzteAenderung'),
      metadata.letzteAenderung && formatDateTime(metadata.letzteAenderung, locale),
    ],
    [t('schlagwoerter'), metadata.schlagwort?.join(', ')],
  ]
  return (
    <>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, mono]) => (
            <div key={label} className="facts-row">
              <dt>{label}</dt>
              <dd className={mono ? 'mono' : undefined}>{value}</dd>
            </div>
          ))}
      </dl>
      {metadata.definition ? (
        <>
          <h3>{t('definition')}</h3>
          <p className="prose">{metadata.definition}</p>
        </>
      ) : null}
      {metadata.beschreibung ? (
        <>
          <h3>{t('beschreibung')}</h3>
          <p className="prose">{metadata.beschreibung}</p>
        </>
      ) : null}
      <h3>{t('leistungen')}</h3>
      <LeistungenTable leistungen={metadata.leistungen ?? []} />
      <h3>{t('handlungsgrundlagen')}</h3>
      <HandlungsgrundlagenList items={metadata.handlungsgrundlagen ?? []} />
      <h3>{t('fristen')}</h3>
      <FristenTable fristen={metadata.fristen ?? []} />
      <h3>{t('kosten')}</h3>
      <KostenTable kosten={metadata.kosten ?? []} />
      <h3>{t('prozessteilnehmer')}</h3>
      <ProzessteilnehmerTable teilnehmer={metadata.prozessteilnehmer ?? []} />
    </>
  )
}
