/**
 * The 15 generic building blocks of the reference catalogue: each exists in the documented folder
 * format with the agreed identity (name, process id, RAG, Einsatzbereich), is generated from a spec,
 * and links its deadlines to timer events that wait exactly that long.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ModdleElement } from './bpmnLayout/testing/parseBpmn'
import { parseBpmn } from './bpmnLayout/testing/parseBpmn'
import { MODELS_DIR } from './specFiles'

const BLOCKS: [slug: string, name: string, processId: string, rag: string, einsatz: string][] = [
  ['antrag-entgegennehmen', 'Antrag entgegennehmen', 'Process_AntragEntgegennehmen', '1', 'beide'],
  [
    'zustaendigkeit-pruefen',
    'Zuständigkeit prüfen',
    'Process_ZustaendigkeitPruefen',
    '3',
    'backoffice',
  ],
  ['identitaet-pruefen', 'Identität prüfen', 'Process_IdentitaetPruefen', '3', 'beide'],
  [
    'vollstaendigkeit-pruefen',
    'Vollständigkeit prüfen',
    'Process_VollstaendigkeitPruefen',
    '3',
    'backoffice',
  ],
  [
    'unterlagen-nachfordern',
    'Unterlagen nachfordern',
    'Process_UnterlagenNachfordern',
    '7',
    'beide',
  ],
  [
    'register-abfragen',
    'Daten aus Register abrufen',
    'Process_RegisterAbfragen',
    '7',
    'backoffice',
  ],
  [
    'gebuehr-berechnen-und-festsetzen',
    'Gebühr berechnen und festsetzen',
    'Process_GebuehrBerechnenUndFestsetzen',
    '5',
    'backoffice',
  ],
  ['zahlung-abwickeln', 'Zahlung abwickeln', 'Process_ZahlungAbwickeln', '2', 'beide'],
  [
    'stellen-beteiligen',
    'Andere Stellen beteiligen',
    'Process_StellenBeteiligen',
    '7',
    'backoffice',
  ],
  [
    'anhoerung-durchfuehren',
    'Anhörung durchführen',
    'Process_AnhoerungDurchfuehren',
    '7',
    'backoffice',
  ],
  ['bescheid-erstellen', 'Bescheid erstellen', 'Process_BescheidErstellen', '6', 'backoffice'],
  ['bescheid-bekanntgeben', 'Bescheid bekanntgeben', 'Process_BescheidBekanntgeben', '2', 'beide'],
  [
    'daten-uebermitteln',
    'Daten an andere Stellen übermitteln',
    'Process_DatenUebermitteln',
    '2',
    'backoffice',
  ],
  [
    'verfahrensstand-mitteilen',
    'Verfahrensstand mitteilen',
    'Process_VerfahrensstandMitteilen',
    '2',
    'beide',
  ],
  [
    'vorgang-zur-eakte-nehmen',
    'Vorgang zur E-Akte nehmen',
    'Process_VorgangZurEakteNehmen',
    '6',
    'backoffice',
  ],
]

interface Metadata {
  id: string
  version: string
  name: string
  bausteinart: string
  einsatzbereich: string
  detaillierungsstufe: string
  referenzaktivitaetengruppe: { typ: string }
  freigabestatus: number
  lizenz: string
  handlungsgrundlagen: unknown[]
  verwaltungspolitischeKodierung: { bundesland?: string }[]
  fristen?: { dauer: string; bpmnElementId?: string }[]
  artefakte: { bpmn: { datei: string; processId: string } }
}

type TimerEvent = ModdleElement & {
  eventDefinitions?: { $type: string; timeDuration?: { body: string } }[]
}

describe.each(BLOCKS)('generic building block %s', (slug, name, processId, rag, einsatz) => {
  const folder = join(MODELS_DIR, 'bausteine', slug)
  const read = (file: string): string => readFileSync(join(folder, file), 'utf8')
  const metadata = (): Metadata => JSON.parse(read('baustein.json')) as Metadata

  it('holds exactly baustein.json and its BPMN file, generated from a spec', () => {
    expect(readdirSync(folder).sort()).toEqual(['baustein.json', `${slug}.bpmn`].sort())
    expect(existsSync(join(MODELS_DIR, 'scripts', 'specs', `${slug}.ts`))).toBe(true)
  })

  it('has the agreed identity', () => {
    const m = metadata()
    expect(m.id).toBe(`urn:bauplan:baustein:sn:${slug}`)
    expect(m.version).toBe('1.0.0')
    expect(m.name).toBe(name)
    expect(m.bausteinart).toBe('prozessbaustein')
    expect(m.einsatzbereich).toBe(einsatz)
    expect(m.detaillierungsstufe).toBe('102')
    expect(m.referenzaktivitaetengruppe.typ).toBe(rag)
    expect(m.lizenz).toBe('CC-BY-4.0')
    expect(m.verwaltungspolitischeKodierung).toContainEqual({ bundesland: '14' })
    expect(m.artefakte.bpmn).toEqual({ datei: `${slug}.bpmn`, processId })
  })

  it('is released as gold exactly when it names legal bases, else stays a draft', () => {
    const m = metadata()
    expect(m.freigabestatus).toBe(m.handlungsgrundlagen.length > 0 ? 6 : 3)
  })

  it('declares its process as the executable one and links every deadline to a matching timer', async () => {
    const { elementsById, warnings } = await parseBpmn(read(`${slug}.bpmn`))
    expect(warnings).toEqual([])
    expect(elementsById[processId]?.$type).toBe('bpmn:Process')
    expect(elementsById[processId]?.isExecutable).toBe(true)
    const timers = Object.values(elementsById).filter((e) =>
      ((e as TimerEvent).eventDefinitions ?? []).some(
        (d) => d.$type === 'bpmn:TimerEventDefinition'
      )
    ) as TimerEvent[]
    const fristen = metadata().fristen ?? []
    expect(fristen.map((f) => f.bpmnElementId).sort()).toEqual(timers.map((t) => t.id).sort())
    for (const frist of fristen) {
      const timer = elementsById[frist.bpmnElementId ?? ''] as TimerEvent | undefined
      expect(timer?.eventDefinitions?.[0]?.timeDuration?.body).toBe(frist.dauer)
    }
  })
})
