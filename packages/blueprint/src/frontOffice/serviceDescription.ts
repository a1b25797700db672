import type { Baustein, Datenfeld, Handlungsgrundlage, Kosten } from '@bauplan/domain'
import { applicationFields } from './applicationFields'
import { durationInUnits } from './isoDuration'
import { multiplicity } from './multiplicity'

type Json = Record<string, unknown>

/**
 * The service description (Leistungsbeschreibung) of a procedure with XZuFi 2.3 field names where
 * XZuFi has them (`referenz_leistungsschluessel`, `modul_kosten`, `modul_frist`, `modul_dokument`,
 * `vertrauensniveau`, …). It is the editorial input for a Redaktionssystem, not an XZuFi message:
 * code values XZuFi expects but the metadata does not carry (Kostentyp, Fristtyp, text module
 * codes) are only written when the metadata has them. See docs/blueprints.md.
 */
export function serviceDescription(metadata: Baustein): Json {
  return {
    id: metadata.id,
    version: metadata.version,
    bezeichnung: metadata.name,
    bezeichnung2: metadata.bezeichnung,
    referenz_leistungsschluessel: (metadata.leistungen ?? []).map((leistung) => ({
      leistungsschluessel: leistung.leistungsschluessel,
      bezeichnung: leistung.bezeichnung,
      leistungstyp: leistung.leistungstyp,
      uri: `urn:de:fim:leika:leistung:${leistung.leistungsschluessel}`,
    })),
    modul_text: {
      kurztext: metadata.definition,
      volltext: metadata.beschreibung,
      ausloeser: (metadata.ausloeser ?? [])
        .map((entry) => entry.textuelleBeschreibung)
        .filter(Boolean),
      ergebnis: (metadata.ergebnis ?? [])
        .map((entry) => entry.textuelleBeschreibung)
        .filter(Boolean),
    },
    modul_rechtsgrundlage: metadata.handlungsgrundlagen.map(legalBasis),
    modul_kosten: { kosten: (metadata.kosten ?? []).map(cost) },
    modul_frist: {
      frist: (metadata.fristen ?? []).map((frist) => ({
        typ: frist.typ,
        fristauswahl: { FristDauer: { iso8601: frist.dauer, ...durationInUnits(frist.dauer) } },
        beschreibung: frist.beschreibung,
        rechtsgrundlage: frist.rechtsgrundlage ? legalBasis(frist.rechtsgrundlage) : undefined,
      })),
    },
    modul_dokument: { dokument: requiredDocuments(metadata) },
    modul_fachliche_freigabe: metadata.fachlichFreigebendeStelle
      ? { fachlich_freigegeben_durch: metadata.fachlichFreigebendeStelle }
      : undefined,
    vertrauensniveau: metadata.vertrauensniveau,
    ozg: metadata.ozg
      ? {
          id: metadata.ozg.ozgId,
          themenfeld: metadata.ozg.themenfeld,
          lebenslagen: metadata.ozg.lebenslagen,
        }
      : undefined,
    reifegrad: metadata.reifegrad,
    gueltigkeit_gebiet: metadata.verwaltungspolitischeKodierung,
    gueltigkeit:
      metadata.gueltigAb || metadata.gueltigBis
        ? { beginn: metadata.gueltigAb, ende: metadata.gueltigBis }
        : undefined,
    herausgeber: metadata.herausgeber,
    schlagwort: metadata.schlagwort,
  }
}

function legalBasis(grundlage: Handlungsgrundlage): Json {
  return { bezeichnung: grundlage.name, art: grundlage.art, uri: grundlage.uri }
}

function cost(kosten: Kosten): Json {
  const kostenauswahl = kosten.fix
    ? kosten.fix.betrag === 0
      ? { KostenFrei: {} }
      : { KostenFix: { betrag: kosten.fix.betrag, waehrung: kosten.fix.waehrung ?? 'EUR' } }
    : kosten.variabel
      ? {
          KostenVariabel: {
            betrag_untergrenze: kosten.variabel.untergrenze,
            betrag_obergrenze: kosten.variabel.obergrenze,
            beschreibung_variabilitaet: kosten.variabel.beschreibungVariabilitaet,
          },
        }
      : undefined
  return {
    typ: kosten.typ,
    kostenauswahl,
    beschreibung: kosten.beschreibung,
    vorkasse: kosten.vorkasse,
    rechtsgrundlage: kosten.rechtsgrundlage ? legalBasis(kosten.rechtsgrundlage) : undefined,
    berechnung_dmn_entscheidung: kosten.dmnDecisionRef,
  }
}

/** Every file field of the application is a document the applicant provides. */
function requiredDocuments(metadata: Baustein): Json[] {
  const documents: Json[] = []
  const walk = (fields: readonly Datenfeld[], path: string[]) => {
    for (const field of fields) {
      const here = [...path, field.id]
      if (field.datentyp === 'file') {
        const { min, max } = multiplicity(field)
        documents.push({
          bezeichnung: field.name,
          beschreibung: field.hilfetextEingabe,
          datenfeld: here.join('.'),
          pflicht: min >= 1 && field.bedingung === undefined,
          bedingung: field.bedingung,
          anzahl: { min, max: max ?? '*' },
          mime_types: field.mediaType,
          max_groesse_byte: field.maxSize,
        })
      }
      if (field.felder) walk(field.felder, here)
    }
  }
  walk(applicationFields(metadata), [])
  return documents
}
