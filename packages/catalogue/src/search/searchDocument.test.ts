import { describe, expect, it } from 'vitest'
import { searchDocumentOf, sortKey } from './searchDocument'

describe('searchDocumentOf', () => {
  it('collects text fields and facets from the metadata', () => {
    const doc = searchDocumentOf(
      {
        name: 'Gewerbe anmelden',
        bezeichnung: 'Gewerbeanmeldung',
        definition: 'Anzeige nach § 14 GewO.',
        beschreibung: 'Für Gewerbetreibende.',
        bausteinart: 'stammprozess',
        einsatzbereich: 'backoffice',
        ozg: { themenfeld: 'unternehmensfuehrung_entwicklung' },
        leistungen: [{ leistungsschluessel: '99050012104000', bezeichnung: 'Gewerbe anmelden' }],
        handlungsgrundlagen: [{ name: '§ 14 Abs. 1 GewO' }, { name: '§ 15 GewO' }],
        schlagwort: ['Gewerbe', 'Anzeige'],
        artefakte: { bpmn: { datei: 'gewerbe-anmelden.bpmn', processId: 'Process_1' } },
        verwaltungspolitischeKodierung: [
          { bundesland: '14' },
          { bundesland: '14' },
          { kreis: 'x' },
        ],
      },
      'sn'
    )
    expect(doc.name).toBe('Gewerbe anmelden')
    expect(doc.text).toEqual({
      name: 'Gewerbe anmelden',
      // The head of the compound "Gewerbeanmeldung" is indexed too.
      bezeichnung: 'Gewerbeanmeldung Gewerbe anmelden Anmeldung',
      schlagwort: 'Gewerbe Anzeige',
      handlungsgrundlagen: '§ 14 Abs. 1 GewO § 15 GewO',
      leistungsschluessel: '99050012104000',
      beschreibung: 'Anzeige nach § 14 GewO. Für Gewerbetreibende.',
    })
    expect(doc.leistungsschluessel).toEqual(['99050012104000'])
    expect(doc.bpmnDatei).toBe('gewerbe-anmelden.bpmn')
    expect(doc.facets).toEqual({
      bundesland: ['14'],
      organisation: ['sn'],
      bausteinart: ['stammprozess'],
      einsatzbereich: ['backoffice'],
      themenfeld: ['unternehmensfuehrung_entwicklung'],
    })
  })

  it('ignores fields of the wrong shape instead of failing', () => {
    const doc = searchDocumentOf(
      { name: 42, leistungen: 'x', schlagwort: [1, 'ok'], ozg: ['themenfeld'] },
      'sn'
    )
    expect(doc.name).toBe('')
    expect(doc.leistungsschluessel).toEqual([])
    expect(doc.text.schlagwort).toBe('ok')
    expect(doc.facets.themenfeld).toEqual([])
    expect(doc.bpmnDatei).toBeNull()
  })
})

describe('sortKey', () => {
  it('sorts Ä with A and ß as ss, ignoring case', () => {
    expect(sortKey('Ärztliche Straße')).toBe('arztliche strasse')
  })
})
