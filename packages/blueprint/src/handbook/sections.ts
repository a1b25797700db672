import type { Baustein, Daten, Datenfeld, Handlungsgrundlage, Kosten } from '@bauplan/domain'
import type { HandbookLocale } from '../model/exportTypes'
import { multiplicity } from '../frontOffice/multiplicity'
import type { DecisionTableView } from './decisionTables'
import { dataTable, definitionTable, escapeHtml, paragraphs, safeLink } from './html'
import { codeName, FREIGABESTATUS_NAMES, label } from './labels'

type L = HandbookLocale
const list = (items: string[]) =>
  items.length === 0 ? undefined : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`

export function profileTable(metadata: Baustein, locale: L): string {
  return definitionTable([
    [
      label('definition', locale),
      metadata.definition ? escapeHtml(metadata.definition) : undefined,
    ],
    [label('kind', locale), escapeHtml(codeName(metadata.bausteinart, locale))],
    [label('scope', locale), escapeHtml(codeName(metadata.einsatzbereich, locale))],
    [
      label('services', locale),
      list(
        (metadata.leistungen ?? []).map(
          (leistung) =>
            `<code>${escapeHtml(leistung.leistungsschluessel)}</code>${leistung.bezeichnung ? ` ${escapeHtml(leistung.bezeichnung)}` : ''}`
        )
      ),
    ],
    [
      label('ozg', locale),
      metadata.ozg
        ? escapeHtml(
            [
              metadata.ozg.ozgId,
              metadata.ozg.themenfeld,
              metadata.ozg.lebenslagen?.length
                ? `Lebenslagen ${metadata.ozg.lebenslagen.join(', ')}`
                : undefined,
            ]
              .filter(Boolean)
              .join(' · ')
          )
        : undefined,
    ],
    [
      label('trustLevel', locale),
      metadata.vertrauensniveau
        ? escapeHtml(codeName(metadata.vertrauensniveau, locale))
        : undefined,
    ],
    [
      label('maturity', locale),
      metadata.reifegrad
        ? escapeHtml(`${metadata.reifegrad.stufe} (Modell ${metadata.reifegrad.modell})`)
        : undefined,
    ],
    [
      label('detail', locale),
      metadata.detaillierungsstufe ? escapeHtml(metadata.detaillierungsstufe) : undefined,
    ],
    [
      label('region', locale),
      list(
        (metadata.verwaltungspolitischeKodierung ?? []).map((kodierung) =>
          escapeHtml(
            [
              kodierung.bundesland,
              kodierung.kreis,
              kodierung.gemeindeschluessel,
              kodierung.regionalschluessel,
            ]
              .filter(Boolean)
              .join(' / ')
          )
        )
      ),
    ],
    [
      label('triggers', locale),
      list(
        (metadata.ausloeser ?? []).flatMap((entry) =>
          entry.textuelleBeschreibung ? [escapeHtml(entry.textuelleBeschreibung)] : []
        )
      ),
    ],
    [
      label('results', locale),
      list(
        (metadata.ergebnis ?? []).flatMap((entry) =>
          entry.textuelleBeschreibung ? [escapeHtml(entry.textuelleBeschreibung)] : []
        )
      ),
    ],
    [
      label('keywords', locale),
      metadata.schlagwort?.length ? escapeHtml(metadata.schlagwort.join(', ')) : undefined,
    ],
    [
      label('versionNote', locale),
      metadata.versionshinweis ? escapeHtml(metadata.versionshinweis) : undefined,
    ],
  ])
}

export function headerFacts(metadata: Baustein, locale: L): string {
  return definitionTable([
    [label('id', locale), `<code>${escapeHtml(metadata.id)}</code>`],
    [label('version', locale), escapeHtml(metadata.version)],
    [
      label('publisher', locale),
      safeLink(metadata.herausgeber.url, metadata.herausgeber.organisationsname),
    ],
    [
      label('status', locale),
      escapeHtml(
        `${metadata.freigabestatus} – ${FREIGABESTATUS_NAMES[metadata.freigabestatus]?.[locale] ?? ''}`
      ),
    ],
    [label('lastChange', locale), escapeHtml(metadata.letzteAenderung)],
    [label('licence', locale), metadata.lizenz ? escapeHtml(metadata.lizenz) : undefined],
  ])
}

function legalBasisText(grundlage: Handlungsgrundlage): string {
  const art = grundlage.art
    ? ` <span class="meta">(${escapeHtml(grundlage.art.name ?? grundlage.art.code)})</span>`
    : ''
  return `${safeLink(grundlage.uri, grundlage.name)}${art}`
}

/** The block's legal bases, and those its deadlines and costs name, once each. */
export function legalBases(metadata: Baustein, locale: L): string {
  const all = [
    ...metadata.handlungsgrundlagen,
    ...(metadata.fristen ?? []).flatMap((frist) =>
      frist.rechtsgrundlage ? [frist.rechtsgrundlage] : []
    ),
    ...(metadata.kosten ?? []).flatMap((kosten) =>
      kosten.rechtsgrundlage ? [kosten.rechtsgrundlage] : []
    ),
  ]
  const seen = new Set<string>()
  const unique = all.filter((grundlage) => !seen.has(grundlage.name) && seen.add(grundlage.name))
  return (
    list(unique.map(legalBasisText)) ?? `<p class="meta">${escapeHtml(label('none', locale))}</p>`
  )
}

export function participantsTable(metadata: Baustein, locale: L): string {
  return dataTable(
    [label('name', locale), label('role', locale), label('poolLane', locale)],
    (metadata.prozessteilnehmer ?? []).map((teilnehmer) => [
      escapeHtml(teilnehmer.name),
      escapeHtml(codeName(teilnehmer.rolle, locale)),
      `<code>${escapeHtml([teilnehmer.bpmnParticipantId, teilnehmer.bpmnLaneId].filter(Boolean).join(' / '))}</code>`,
    ])
  )
}

export function deadlinesTable(metadata: Baustein, locale: L): string {
  return dataTable(
    [
      label('duration', locale),
      label('description', locale),
      label('legalBasis', locale),
      label('element', locale),
    ],
    (metadata.fristen ?? []).map((frist) => [
      `<code>${escapeHtml(frist.dauer)}</code>`,
      escapeHtml(frist.beschreibung ?? ''),
      frist.rechtsgrundlage ? legalBasisText(frist.rechtsgrundlage) : '',
      frist.bpmnElementId ? `<code>${escapeHtml(frist.bpmnElementId)}</code>` : '',
    ])
  )
}

export function costsTable(metadata: Baustein, locale: L): string {
  return dataTable(
    [
      label('amount', locale),
      label('description', locale),
      label('prepayment', locale),
      label('legalBasis', locale),
    ],
    (metadata.kosten ?? []).map((kosten) => [
      escapeHtml(amountText(kosten, locale)),
      escapeHtml(
        [kosten.beschreibung, kosten.variabel?.beschreibungVariabilitaet].filter(Boolean).join(' ')
      ),
      escapeHtml(
        kosten.vorkasse === undefined ? '' : label(kosten.vorkasse ? 'yes' : 'no', locale)
      ),
      kosten.rechtsgrundlage ? legalBasisText(kosten.rechtsgrundlage) : '',
    ])
  )
}

function amountText(kosten: Kosten, locale: L): string {
  if (kosten.fix) return `${kosten.fix.betrag.toFixed(2)} EUR`
  const variabel = kosten.variabel
  if (!variabel) return ''
  const { untergrenze, obergrenze } = variabel
  if (untergrenze === undefined && obergrenze === undefined) return label('variable', locale)
  return `${untergrenze ?? '…'}–${obergrenze ?? '…'} EUR`
}

export function interfacesTable(metadata: Baustein, locale: L): string {
  return dataTable(
    [
      label('kindOf', locale),
      label('direction', locale),
      label('description', locale),
      label('element', locale),
    ],
    (metadata.schnittstellen ?? []).map((schnittstelle) => [
      escapeHtml(schnittstelle.art),
      escapeHtml(codeName(schnittstelle.richtung, locale)),
      escapeHtml(
        [schnittstelle.beschreibung, schnittstelle.standard, schnittstelle.nachricht]
          .filter(Boolean)
          .join(' · ')
      ),
      schnittstelle.bpmnElementId ? `<code>${escapeHtml(schnittstelle.bpmnElementId)}</code>` : '',
    ])
  )
}

export function eFileTable(metadata: Baustein, locale: L): string {
  const eakte = metadata.eakte
  if (!eakte) return ''
  const dauer = eakte.aufbewahrungsdauer
  return definitionTable([
    [
      label('filingUnit', locale),
      eakte.aktenplaneinheit
        ? escapeHtml(
            [eakte.aktenplaneinheit.kennzeichen, eakte.aktenplaneinheit.inhaltsangabe]
              .filter(Boolean)
              .join(' – ')
          )
        : undefined,
    ],
    [
      label('retention', locale),
      dauer
        ? escapeHtml(
            dauer.unbefristet
              ? label('unlimited', locale)
              : `${dauer.anzahlJahre ?? '?'} ${label('years', locale)}`
          )
        : undefined,
    ],
    [
      label('disposal', locale),
      eakte.aussonderungsart
        ? escapeHtml(
            `${eakte.aussonderungsart.code} – ${codeName(eakte.aussonderungsart.code, locale)}`
          )
        : undefined,
    ],
    [
      label('confidentiality', locale),
      eakte.vertraulichkeitsstufe
        ? escapeHtml(eakte.vertraulichkeitsstufe.name ?? eakte.vertraulichkeitsstufe.code)
        : undefined,
    ],
    [label('zdaRule', locale), eakte.zdaRegel ? escapeHtml(eakte.zdaRegel) : undefined],
  ])
}

export function decisionTableHtml(decision: DecisionTableView, locale: L): string {
  const heading = `<h4 id="${escapeHtml(`decision-${decision.id}`)}">${escapeHtml(decision.name)} <span class="meta"><code>${escapeHtml(decision.id)}</code></span></h4>`
  const description = paragraphs(decision.description)
  if (decision.inputs.length === 0 && decision.outputs.length === 0) {
    const expression = decision.expression
      ? `<p>${escapeHtml(label('expression', locale))}: <code>${escapeHtml(decision.expression)}</code></p>`
      : ''
    return `${heading}\n${description}\n${expression}`
  }
  const policy = `<p class="meta">${escapeHtml(label('hitPolicy', locale))}: <code>${escapeHtml(
    [decision.hitPolicy, decision.aggregation].filter(Boolean).join(' ')
  )}</code></p>`
  const headers = [
    '#',
    ...decision.inputs.map((input) =>
      input.label === input.expression ? input.label : `${input.label} (${input.expression})`
    ),
    ...decision.outputs.map((output) => output.label),
    label('annotation', locale),
  ]
  const rows = decision.rules.map((rule, index) => [
    String(index + 1),
    ...rule.inputs.map((entry) => `<code>${escapeHtml(entry === '' ? '-' : entry)}</code>`),
    ...rule.outputs.map((entry) => `<code>${escapeHtml(entry)}</code>`),
    escapeHtml(rule.description ?? ''),
  ])
  return `${heading}\n${description}\n${policy}\n${dataTable(headers, rows, 'decision')}`
}

/** The data fields as an indented table: one row per field or group. */
export function fieldsTable(daten: readonly Daten[] | undefined, locale: L): string {
  const rows: string[][] = []
  const walk = (fields: readonly Datenfeld[], depth: number) => {
    for (const field of fields) {
      const { min, max } = multiplicity(field)
      const notes = [
        field.hilfetextEingabe ? escapeHtml(field.hilfetextEingabe) : undefined,
        field.werte?.length
          ? `${escapeHtml(label('values', locale))}: ${field.werte.map((wert) => escapeHtml(wert.name)).join(', ')}`
          : undefined,
        field.bedingung
          ? `${escapeHtml(label('onlyIf', locale))} <code>${escapeHtml(`${field.bedingung.feld} = ${JSON.stringify(field.bedingung.wert)}`)}</code>`
          : undefined,
        field.praezisierung?.pattern
          ? `<code>${escapeHtml(field.praezisierung.pattern)}</code>`
          : undefined,
        field.fimId ? `FIM <code>${escapeHtml(field.fimId)}</code>` : undefined,
      ].filter((note): note is string => note !== undefined)
      rows.push([
        `<span class="indent-${Math.min(depth, 4)}">${escapeHtml(field.bezeichnungEingabe ?? field.name)} <code>${escapeHtml(field.id)}</code></span>`,
        escapeHtml(field.datentyp),
        escapeHtml(min >= 1 && !field.bedingung ? label('yes', locale) : label('no', locale)),
        escapeHtml(`${min}:${max ?? '*'}`),
        notes.join('<br>'),
      ])
      if (field.felder) walk(field.felder, depth + 1)
    }
  }
  for (const entry of daten ?? []) walk(entry.felder ?? [], 0)
  return dataTable(
    [
      label('field', locale),
      label('type', locale),
      label('required', locale),
      label('count', locale),
      label('notes', locale),
    ],
    rows
  )
}
