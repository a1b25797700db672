import type { JsonObject, JsonValue } from '../model/json'
import type { SearchFacet } from '../model/search'
import { withCompoundHeads } from './compoundHeads'

/**
 * What the search index holds for one version, taken from its baustein.json metadata. The store does
 * not validate metadata (the domain does); this reads defensively and ignores what has the wrong shape.
 */
export interface SearchDocument {
  name: string
  bezeichnung: string | null
  /** Lower-cased, umlauts folded: the same sort key in both adapters. */
  nameSort: string
  /**
   * Full-text fields, by weight: name > bezeichnung, schlagwort > legal bases, keys > descriptions.
   * Words fields end with the heads of their compounds (compoundHeads.ts), so "Genehmigungen" finds
   * "Baugenehmigung".
   */
  text: {
    name: string
    bezeichnung: string
    schlagwort: string
    handlungsgrundlagen: string
    leistungsschluessel: string
    beschreibung: string
  }
  leistungsschluessel: string[]
  facets: Record<SearchFacet, string[]>
  /** File name of the main BPMN model (`artefakte.bpmn.datei`), shown as the hit's diagram. */
  bpmnDatei: string | null
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function objects(value: JsonValue | undefined): JsonObject[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is JsonObject => typeof item === 'object' && item !== null && !Array.isArray(item)
  )
}

function strings(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))]
}

function field(object: JsonValue | undefined, key: string): JsonValue | undefined {
  return typeof object === 'object' && object !== null && !Array.isArray(object)
    ? object[key]
    : undefined
}

export function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss').toLowerCase()
}

export function searchDocumentOf(metadata: JsonObject, organisationId: string): SearchDocument {
  const name = text(metadata.name) ?? ''
  const bezeichnung = text(metadata.bezeichnung) ?? null
  const leistungen = objects(metadata.leistungen)
  const leistungsschluessel = strings(leistungen.map((l) => text(l.leistungsschluessel)))
  const schlagwort = Array.isArray(metadata.schlagwort) ? metadata.schlagwort : []
  return {
    name,
    bezeichnung,
    nameSort: sortKey(name),
    text: {
      name: withCompoundHeads(name),
      // The names of the services a block serves are display names too ("Gewerbe anmelden").
      bezeichnung: withCompoundHeads(
        strings([bezeichnung ?? undefined, ...leistungen.map((l) => text(l.bezeichnung))]).join(' ')
      ),
      schlagwort: withCompoundHeads(strings(schlagwort.map(text)).join(' ')),
      handlungsgrundlagen: strings(
        objects(metadata.handlungsgrundlagen).map((h) => text(h.name))
      ).join(' '),
      leistungsschluessel: leistungsschluessel.join(' '),
      beschreibung: withCompoundHeads(
        strings([text(metadata.definition), text(metadata.beschreibung)]).join(' ')
      ),
    },
    leistungsschluessel,
    facets: {
      bundesland: strings(
        objects(metadata.verwaltungspolitischeKodierung).map((k) => text(k.bundesland))
      ),
      organisation: [organisationId],
      bausteinart: strings([text(metadata.bausteinart)]),
      einsatzbereich: strings([text(metadata.einsatzbereich)]),
      themenfeld: strings([text(field(metadata.ozg, 'themenfeld'))]),
    },
    bpmnDatei: text(field(field(metadata.artefakte, 'bpmn'), 'datei')) ?? null,
  }
}
