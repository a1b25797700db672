import { zipSync } from 'fflate'
import type { Baustein, Code, Handlungsgrundlage } from '@bauplan/domain'
import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import { bpmnText } from '../parts/blockNames'
import { branch, leaf, writeXml, type Node } from './xmlWriter'

export const XPROZESS_NAMESPACE = 'http://www.regierung-mv.de/xprozess/2'
export const XPROZESS_VERSION = '2.0.0'
export const XPROZESS_MESSAGE = 'prozessbibliothek.export.0203'

/** Code.Prozessrolle (XProzess): ergebnisempfaenger 1, hauptakteur 2, mitwirkender 3. */
const PROZESSROLLE: Readonly<Record<string, { code: string; name: string }>> = {
  ergebnisempfaenger: { code: '1', name: 'Ergebnisempfänger' },
  hauptakteur: { code: '2', name: 'Hauptakteur' },
  mitwirkender: { code: '3', name: 'Mitwirkender' },
}

const FREIGABESTATUS: Readonly<Record<number, string>> = {
  1: 'in Planung',
  2: 'in Bearbeitung',
  3: 'Entwurf',
  4: 'methodisch freigegeben',
  5: 'fachlich freigegeben (silber)',
  6: 'fachlich freigegeben (gold)',
  7: 'inaktiv',
  8: 'vorgesehen zum Löschen',
}

/** A fixed local time for the ZIP entry: fflate writes DOS dates in local time, so the bytes do not depend on the time zone. */
const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0)

/**
 * The XProzess 2 message `prozessbibliothek.export.0203` for a procedure: one `prozess` for the
 * procedure and one for every block it calls, each with its Prozesssteckbrief mapped from the
 * metadata and its BPMN model embedded as a `prozessmodelldatei` (base64 of a ZIP holding the
 * .bpmn file, as FIM exports were observed to do). Assumptions are listed in docs/blueprints.md.
 */
export function xprozessMessage(procedure: ResolvedProcedure): string {
  const root = procedure.root
  const blocks = [root, ...procedure.dependencies]
  const message: Node = {
    name: `xprozess:${XPROZESS_MESSAGE}`,
    attributes: [
      ['xmlns:xprozess', XPROZESS_NAMESPACE],
      ['produkt', 'Bauplan'],
      ['produkthersteller', 'Bauplan'],
      ['produktversion', '1'],
      ['xprozessVersion', XPROZESS_VERSION],
    ],
    children: [
      branch('nachrichtenkopf', [
        leaf('nachrichtUUID', messageUuid(root)),
        branch('nachrichtentyp', [leaf('code', '0203'), leaf('name', XPROZESS_MESSAGE)]),
        // The metadata's last change, not the export time: the same version gives the same message.
        leaf('erstellungszeitpunkt', root.metadata.letzteAenderung),
        branch('autor', [leaf('organisationsname', root.metadata.herausgeber.organisationsname)]),
      ]),
      branch('prozessbibliothek', [
        leaf('name', root.metadata.name),
        leaf('version', root.version),
        herausgeber(root.metadata),
        ...(root.metadata.verwaltungspolitischeKodierung ?? []).map(kodierung),
        ...blocks.map(prozess),
      ]),
    ],
  }
  return writeXml(message)
}

function herausgeber(metadata: Baustein): Node | undefined {
  return branch('herausgeber', [
    leaf('organisationsname', metadata.herausgeber.organisationsname),
    leaf('nutzungsbestimmungen', metadata.herausgeber.nutzungsbestimmungen),
    leaf('url', metadata.herausgeber.url),
  ])
}

/** `Prozess.id`: the Leistungsschlüssel where the block has exactly one (as FIM does), else the block id. */
export function prozessId(metadata: Baustein): string {
  const leistungen = metadata.leistungen ?? []
  return leistungen.length === 1 && leistungen[0] ? leistungen[0].leistungsschluessel : metadata.id
}

function prozess(block: BlockVersionFiles): Node {
  const metadata = block.metadata
  return {
    name: 'prozess',
    children: [
      leaf('id', prozessId(metadata)),
      leaf('version', block.version),
      leaf('name', metadata.name),
      leaf('bezeichnung', metadata.bezeichnung),
      leaf('fachlichFreigebendeStelle', metadata.fachlichFreigebendeStelle),
      ...(metadata.schlagwort ?? []).map((wort) => leaf('schlagwort', wort)),
      steckbrief(metadata),
      branch('prozessmodell', [modelFile(block)]),
      zustandsangaben(metadata),
    ],
  }
}

function steckbrief(metadata: Baustein): Node | undefined {
  return branch('prozesssteckbrief', [
    leaf('definition', metadata.definition),
    leaf('beschreibung', metadata.beschreibung),
    ...(metadata.ausloeser ?? []).map((entry) =>
      branch('ausloeser', [
        leaf('formularID', entry.formularID),
        leaf('prozessID', entry.prozessID),
        leaf('textuelleBeschreibung', entry.textuelleBeschreibung),
      ])
    ),
    ...(metadata.ergebnis ?? []).map((entry) =>
      branch('ergebnis', [
        leaf('formularID', entry.formularID),
        leaf('prozessID', entry.prozessID),
        leaf('textuelleBeschreibung', entry.textuelleBeschreibung),
      ])
    ),
    ...(metadata.prozessteilnehmer ?? []).map((teilnehmer) => {
      const rolle = PROZESSROLLE[teilnehmer.rolle]
      return branch('prozessteilnehmer', [
        leaf('name', teilnehmer.name),
        rolle
          ? code('rolle', {
              code: rolle.code,
              name: rolle.name,
              listURI: 'urn:xoev-de:xprozess:codeliste:prozessrolle',
            })
          : undefined,
      ])
    }),
    ...metadata.handlungsgrundlagen.map(handlungsgrundlage),
    metadata.detaillierungsstufe
      ? code('detaillierungsstufe', {
          code: metadata.detaillierungsstufe,
          listURI: 'urn:xoev-de:fim:codeliste:detaillierungsstufe',
        })
      : undefined,
    ...(metadata.verwaltungspolitischeKodierung ?? []).map(kodierung),
  ])
}

function handlungsgrundlage(grundlage: Handlungsgrundlage): Node | undefined {
  return branch('handlungsgrundlage', [
    leaf('name', grundlage.name),
    grundlage.art ? code('art', grundlage.art) : undefined,
    leaf('uri', grundlage.uri),
  ])
}

function kodierung(
  entry: NonNullable<Baustein['verwaltungspolitischeKodierung']>[number]
): Node | undefined {
  return branch('verwaltungspolitischeKodierung', [
    leaf('kreis', entry.kreis),
    leaf('bundesland', entry.bundesland),
    leaf('gemeindeschluessel', entry.gemeindeschluessel),
    leaf('regionalschluessel', entry.regionalschluessel),
  ])
}

/** An XÖV code: `code` and `name` as children, list URI and version as attributes. */
function code(name: string, value: Code): Node | undefined {
  const attributes: Array<[string, string]> = []
  if (value.listURI) attributes.push(['listURI', value.listURI])
  if (value.listVersionID) attributes.push(['listVersionID', value.listVersionID])
  return branch(name, [leaf('code', value.code), leaf('name', value.name)], attributes)
}

function modelFile(block: BlockVersionFiles): Node | undefined {
  const datei = block.metadata.artefakte.bpmn.datei
  const zip = zipSync(
    { [datei]: [new TextEncoder().encode(bpmnText(block)), { mtime: ZIP_ENTRY_TIME }] },
    { level: 9 }
  )
  return branch('prozessmodelldatei', [
    leaf('dateiname', `${datei}.zip`),
    branch('modellierungsmethode', [leaf('code', 'BPMN'), leaf('freitext', 'BPMN 2.0')]),
    branch('mimeType', [leaf('code', 'application/zip')]),
    leaf('inhalt', base64(zip)),
  ])
}

function zustandsangaben(metadata: Baustein): Node | undefined {
  return branch('zustandsangaben', [
    leaf('letzterAenderungszeitpunkt', metadata.letzteAenderung),
    leaf('letzterBearbeiter', metadata.statusGesetztDurch),
    code('status', {
      code: String(metadata.freigabestatus),
      name: FREIGABESTATUS[metadata.freigabestatus],
      listURI: 'urn:xoev-de:xprozess:codeliste:status',
    }),
    leaf('anmerkungLetzteAenderung', metadata.versionshinweis),
    metadata.gueltigAb || metadata.gueltigBis
      ? branch('gueltigkeitszeitraum', [
          leaf('beginn', metadata.gueltigAb),
          leaf('ende', metadata.gueltigBis),
        ])
      : undefined,
    leaf('fachlicherFreigabezeitpunkt', metadata.statusGesetztAm),
  ])
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk))
  }
  return btoa(binary)
}

/**
 * A UUID that is the same for the same block version: the content hash in UUID form (version 8,
 * "custom", RFC 9562), so the message needs no random id and stays reproducible.
 */
function messageUuid(root: BlockVersionFiles): string {
  const hex = (root.contentHash + '0'.repeat(32)).slice(0, 32).toLowerCase()
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
