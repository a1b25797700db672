/** Tables of the repeated metadata: Leistungen, Handlungsgrundlagen, Fristen, Kosten, Teilnehmer. */
import type {
  Frist,
  Handlungsgrundlage,
  Kosten,
  Leistung,
  Prozessteilnehmer,
} from '@bauplan/domain'
import { formatIsoDuration } from '../../lib/format/duration'
import { formatNumber, useLocale, useT } from '../../lib/i18n/i18n'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { bausteinMessages } from './messages'
import { TableWrap } from '../../lib/ui/TableWrap'

export function LeistungenTable({ leistungen }: { leistungen: readonly Leistung[] }) {
  const t = useT(bausteinMessages)
  if (leistungen.length === 0) return <p className="muted">{t('none')}</p>
  return (
    <TableWrap label={t('leistungen')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('leistungsschluessel')}</th>
            <th scope="col">{t('bezeichnung')}</th>
            <th scope="col">{t('leistungstyp')}</th>
          </tr>
        </thead>
        <tbody>
          {leistungen.map((l) => (
            <tr key={l.leistungsschluessel}>
              <td className="mono">{l.leistungsschluessel}</td>
              <td>{l.bezeichnung ?? '–'}</td>
              <td>{l.leistungstyp ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

export function HandlungsgrundlagenList({ items }: { items: readonly Handlungsgrundlage[] }) {
  const t = useT(bausteinMessages)
  if (items.length === 0) return <p className="muted">{t('noHandlungsgrundlage')}</p>
  return (
    <ul>
      {items.map((item, index) => (
        <li key={`${item.name}-${index}`}>
          <Rechtsgrundlage value={item} />
        </li>
      ))}
    </ul>
  )
}

function Rechtsgrundlage({ value }: { value: Handlungsgrundlage | undefined }) {
  if (!value) return <>–</>
  // Only http(s) links: a metadata file must not be able to plant a javascript: URL.
  return value.uri && /^https?:\/\//i.test(value.uri) ? (
    <a href={value.uri} rel="noopener noreferrer" target="_blank">
      {value.name}
    </a>
  ) : (
    <>{value.name}</>
  )
}

export function FristenTable({ fristen }: { fristen: readonly Frist[] }) {
  const t = useT(bausteinMessages)
  const { locale } = useLocale()
  if (fristen.length === 0) return <p className="muted">{t('none')}</p>
  return (
    <TableWrap label={t('fristen')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('dauer')}</th>
            <th scope="col">{t('typ')}</th>
            <th scope="col">{t('beschreibung')}</th>
            <th scope="col">{t('rechtsgrundlage')}</th>
          </tr>
        </thead>
        <tbody>
          {fristen.map((frist, index) => (
            <tr key={index}>
              <td>
                {formatIsoDuration(frist.dauer, locale)}{' '}
                <span className="muted mono">({frist.dauer})</span>
              </td>
              <td>{frist.typ?.name ?? frist.typ?.code ?? '–'}</td>
              <td>{frist.beschreibung ?? '–'}</td>
              <td>
                <Rechtsgrundlage value={frist.rechtsgrundlage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

export function KostenTable({ kosten }: { kosten: readonly Kosten[] }) {
  const t = useT(bausteinMessages)
  const { locale } = useLocale()
  if (kosten.length === 0) return <p className="muted">{t('none')}</p>
  const euro = (value: number) =>
    formatNumber(value, locale, { style: 'currency', currency: 'EUR' })
  const amount = (k: Kosten) => {
    if (k.fix) return euro(k.fix.betrag)
    const { untergrenze, obergrenze } = k.variabel ?? {}
    if (untergrenze !== undefined && obergrenze !== undefined) {
      return t('range', { from: euro(untergrenze), to: euro(obergrenze) })
    }
    if (untergrenze !== undefined) return `≥ ${euro(untergrenze)}`
    if (obergrenze !== undefined) return `≤ ${euro(obergrenze)}`
    return k.variabel?.beschreibungVariabilitaet ?? '–'
  }
  return (
    <TableWrap label={t('kosten')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('typ')}</th>
            <th scope="col">{t('betrag')}</th>
            <th scope="col">{t('vorkasse')}</th>
            <th scope="col">{t('beschreibung')}</th>
            <th scope="col">{t('rechtsgrundlage')}</th>
          </tr>
        </thead>
        <tbody>
          {kosten.map((k, index) => (
            <tr key={index}>
              <td>{k.typ?.name ?? k.typ?.code ?? '–'}</td>
              <td>{amount(k)}</td>
              <td>{k.vorkasse === undefined ? '–' : k.vorkasse ? t('yes') : t('no')}</td>
              <td>{k.beschreibung ?? '–'}</td>
              <td>
                <Rechtsgrundlage value={k.rechtsgrundlage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

export function ProzessteilnehmerTable({
  teilnehmer,
}: {
  teilnehmer: readonly Prozessteilnehmer[]
}) {
  const t = useT(bausteinMessages)
  const { prozessrolle } = useVocabulary()
  if (teilnehmer.length === 0) return <p className="muted">{t('none')}</p>
  return (
    <TableWrap label={t('prozessteilnehmer')}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('rolle')}</th>
          </tr>
        </thead>
        <tbody>
          {teilnehmer.map((p, index) => (
            <tr key={`${p.name}-${index}`}>
              <td>{p.name}</td>
              <td>{prozessrolle(p.rolle)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
