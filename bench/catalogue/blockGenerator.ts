import type { FileInput, JsonObject, VersionState } from '@bauplan/catalogue'
import { OBJECTS, type AdministrativeObject } from './administrativeObjects'
import { bpmnModelOf } from './bpmnModel'
import { describeBlock } from './descriptions'
import { BENCH_ORGANISATIONS, type BenchOrganisation } from './organisations'
import type { Random } from './random'
import {
  PROCEDURAL_BASES,
  PROCESS_STEPS,
  QUALIFIERS,
  SCHLAGWORTE_GENERAL,
  VERBS,
  type Verb,
} from './vocabulary'

/** One version of a synthetic block, ready for the store. */
export interface GeneratedVersion {
  version: string
  /** The state the seeding brings it to. */
  state: VersionState
  metadata: JsonObject
  files: FileInput[]
}

export interface GeneratedBlock {
  id: string
  organisation: BenchOrganisation
  name: string
  versions: GeneratedVersion[]
}

/**
 * How a block's three versions stand, with their share of the catalogue. Most blocks have an open
 * draft or review on top of two publications; the rest have none, and those are the ones the
 * publish measurement can start a new draft from (a block has at most one open draft).
 */
const HISTORIES: readonly { share: number; versions: readonly [string, VersionState][] }[] = [
  {
    share: 45,
    versions: [
      ['1.0.0', 'veroeffentlicht'],
      ['1.1.0', 'veroeffentlicht'],
      ['1.1.1', 'entwurf'],
    ],
  },
  {
    share: 15,
    versions: [
      ['1.0.0', 'veroeffentlicht'],
      ['1.0.1', 'veroeffentlicht'],
      ['1.1.0', 'in_pruefung'],
    ],
  },
  {
    share: 25,
    versions: [
      ['1.0.0', 'abgekuendigt'],
      ['2.0.0', 'veroeffentlicht'],
      ['2.1.0', 'veroeffentlicht'],
    ],
  },
  {
    share: 15,
    versions: [
      ['1.0.0', 'veroeffentlicht'],
      ['1.0.1', 'veroeffentlicht'],
      ['1.1.0', 'veroeffentlicht'],
    ],
  },
]

const BAUSTEINARTEN = ['prozessbaustein', 'stammprozess', 'referenzprozess', 'musterprozess']
const BAUSTEINART_WEIGHTS = [55, 20, 15, 10]
const EINSATZBEREICHE = ['backoffice', 'frontoffice', 'beide']
const EINSATZBEREICH_WEIGHTS = [50, 20, 30]
const LIZENZEN = ['CC-BY-4.0', 'EUPL-1.2', 'CC0-1.0']

/** ASCII slug for ids and file names: "Hundesteuer ändern" → "hundesteuer-aendern". */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** The Leistungsschlüssel of object + verb (+ detail): 99 + 6 + 3 + 3 = 14 digits. */
export function leistungsschluesselOf(
  object: AdministrativeObject,
  verb: Verb,
  detail = 0
): string {
  return `99${object.leika}${verb.verrichtung}${String(detail).padStart(3, '0')}`
}

function legalBases(random: Random, object: AdministrativeObject): JsonObject[] {
  const own = random.sample(object.paragraphs, random.int(1, Math.min(2, object.paragraphs.length)))
  const names = own.map((paragraph) =>
    random.chance(0.5)
      ? `§ ${paragraph} Abs. ${random.int(1, 4)} ${object.law}`
      : `§ ${paragraph} ${object.law}`
  )
  if (random.chance(0.6)) names.push(random.pick(PROCEDURAL_BASES))
  return names.map((name) => ({ name }))
}

function stepsOf(random: Random, object: AdministrativeObject): string[] {
  const first = object.kind === 'anzeige' ? 'Anzeige entgegennehmen' : 'Antrag entgegennehmen'
  const middle = PROCESS_STEPS.slice(1, -1)
  const chosen = new Set(random.sample(middle, random.int(2, 6)))
  return [first, ...middle.filter((step) => chosen.has(step)), 'Vorgang zur E-Akte nehmen']
}

function nameOf(random: Random, object: AdministrativeObject, verb: Verb, bausteinart: string) {
  if (bausteinart === 'prozessbaustein' && random.chance(0.5)) {
    return { name: `${random.pick(PROCESS_STEPS)} – ${object.noun}`, detail: 0 }
  }
  if (random.chance(0.3)) {
    const q = random.int(0, QUALIFIERS.length - 1)
    return { name: `${object.noun} ${verb.infinitive} ${QUALIFIERS[q]}`, detail: q + 1 }
  }
  return { name: `${object.noun} ${verb.infinitive}`, detail: 0 }
}

const encoder = new TextEncoder()

/**
 * Block number `index` of the synthetic catalogue. Each block draws from its own forked stream, so a
 * block is the same whatever the batch size or the number of blocks generated before it.
 */
export function generateBlock(root: Random, index: number): GeneratedBlock {
  const random = root.fork(`block-${index}`)
  const organisation = random.weighted(
    BENCH_ORGANISATIONS,
    BENCH_ORGANISATIONS.map((o) => o.weight)
  )
  const object = random.weighted(
    OBJECTS,
    OBJECTS.map((o) => o.weight)
  )
  const verb = random.pick(VERBS[object.kind])
  const bausteinart = random.weighted(BAUSTEINARTEN, BAUSTEINART_WEIGHTS)
  const { name, detail } = nameOf(random, object, verb, bausteinart)
  const slug = `${slugOf(name)}-${index}`
  const id = `urn:bauplan:baustein:${organisation.id}:${slug}`
  const processId = `Process_${index}`
  const leistungen: JsonObject[] = [
    {
      leistungsschluessel: leistungsschluesselOf(object, verb, detail),
      bezeichnung: `${object.noun} ${verb.infinitive}`,
      leistungstyp: detail === 0 ? 'lov' : 'lovd',
    },
  ]
  if (random.chance(0.25)) {
    const other = random.pick(VERBS[object.kind])
    if (other !== verb) {
      leistungen.push({
        leistungsschluessel: leistungsschluesselOf(object, other),
        bezeichnung: `${object.noun} ${other.infinitive}`,
        leistungstyp: 'lov',
      })
    }
  }
  const base: JsonObject = {
    id,
    name,
    bezeichnung: `${object.noun} (${object.stelle})`,
    definition: `${random.pick(['Verfahren', 'Leistung', 'Prozess'])} „${name}“; zuständig: ${object.stelle}; Rechtsgrundlage: ${object.law}.`,
    bausteinart,
    einsatzbereich: random.weighted(EINSATZBEREICHE, EINSATZBEREICH_WEIGHTS),
    detaillierungsstufe:
      organisation.kind === 'kommune' ? '104' : random.pick(['101', '102', '103']),
    herausgeber: { organisationsname: organisation.name },
    lizenz: random.pick(LIZENZEN),
    leistungen,
    ozg: { themenfeld: object.themenfeld },
    handlungsgrundlagen: legalBases(random, object),
    ...(organisation.id === 'fitko'
      ? {}
      : { verwaltungspolitischeKodierung: [{ bundesland: organisation.bundesland }] }),
    schlagwort: [
      ...random.sample(object.schlagworte, random.int(1, object.schlagworte.length)),
      ...random.sample(SCHLAGWORTE_GENERAL, random.int(1, 2)),
    ],
    artefakte: { bpmn: { datei: `${slug}.bpmn`, processId } },
  }
  const steps = stepsOf(random, object)
  const history = random.weighted(
    HISTORIES,
    HISTORIES.map((h) => h.share)
  )
  const start = Date.UTC(2024, 0, 1) + random.int(0, 400) * 86_400_000
  const versions = history.versions.map(([version, state], k): GeneratedVersion => {
    // Later versions add a step and a sentence: files and text change between versions.
    const versionSteps =
      k === 0 ? steps : [...steps.slice(0, -1), random.pick(PROCESS_STEPS)].concat(steps.slice(-1))
    const changed = new Date(start + k * random.int(30, 200) * 86_400_000)
    const metadata: JsonObject = {
      ...base,
      version,
      beschreibung: describeBlock(random, { name, object, steps: versionSteps, revision: k }),
      freigabestatus: state === 'entwurf' ? 3 : state === 'in_pruefung' ? 4 : 6,
      letzteAenderung: changed.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(k > 0
        ? {
            versionshinweis: `Überarbeitung ${version}: Schritt ergänzt, Beschreibung aktualisiert.`,
          }
        : {}),
    }
    const bpmn = bpmnModelOf(processId, name, versionSteps)
    return {
      version,
      state,
      metadata,
      files: [{ name: `${slug}.bpmn`, mediaType: 'application/xml', bytes: encoder.encode(bpmn) }],
    }
  })
  return { id, organisation, name, versions }
}
