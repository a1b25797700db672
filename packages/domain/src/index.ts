// The only door into @bauplan/domain. Every public name is listed here explicitly.
export type { LocalizedText, Locale, Severity, Problem } from './problem'
export { hasErrors, formatProblem } from './problem'

// Building-block metadata: schema, types, parsing and validation
export { parseBausteinJson, BAUSTEIN_JSON_MAX_BYTES } from './baustein/parseBausteinJson'
export type { BausteinJsonParseResult } from './baustein/parseBausteinJson'
export { validateBaustein } from './baustein/validateBaustein'
export type { BausteinValidationResult } from './baustein/validateBaustein'
export { bausteinSchema, BAUSTEIN_SCHEMA_ID } from './baustein/bausteinSchema'
export type { BausteinSchema } from './baustein/bausteinSchema'
export { BAUSTEIN_MAX_NESTING_DEPTH } from './baustein/nestingDepth'
export type {
  Baustein,
  BausteinId,
  Semver,
  Bausteinart,
  Einsatzbereich,
  Freigabestatus,
  Leistungsschluessel,
  XmlId,
  Feldart,
  Datentyp,
  IsoDauer,
  Sha256,
  Referenzaktivitaetengruppe,
  Herausgeber,
  Leistung,
  OzgKlassifikation,
  Handlungsgrundlage,
  Code,
  Prozessteilnehmer,
  AusloeserErgebnis,
  Daten,
  FimReferenz,
  Datenfeld,
  Praezisierung,
  Auswahlwert,
  CodelisteReferenz,
  Bedingung,
  VerwaltungspolitischeKodierung,
  Relation,
  RelationObjekt,
  Frist,
  Kosten,
  KostenFix,
  KostenVariabel,
  Reifegrad,
  Artefakte,
  BpmnArtefakt,
  DmnArtefakt,
  Entscheidungstests,
  Formular,
  Schnittstelle,
  EAkte,
  Aktenplaneinheit,
  Aufbewahrungsdauer,
  Aussonderungsart,
} from './baustein/Baustein.generated'

// Whole building-block folders and sets of folders
export { checkBausteinFolder } from './folder/checkBausteinFolder'
export type { FolderCheckResult, DmnFileFacts } from './folder/checkBausteinFolder'
export { checkFolderSet } from './folder/checkFolderSet'
export type { FolderSetEntry, FolderSetResult } from './folder/checkFolderSet'
export { METADATA_FILE } from './folder/fileSet'

// Hostile-XML gate (runs before any XML parser)
export { scanXml } from './xml/scanXml'
export { XML_LIMITS } from './xml/limits'
export type { XmlLimits } from './xml/limits'

// BPMN: parse, check, serialise, facts, snapshots, the bauplan extension
export type { ModdleElement } from './bpmn/moddleElement'
export { parseBpmn } from './bpmn/parseBpmn'
export type { ParsedBpmn } from './bpmn/parseBpmn'
export { checkBpmn } from './bpmn/checkBpmn'
export { serializeBpmn } from './bpmn/serializeBpmn'
export { readBpmnFacts } from './bpmn/readBpmnFacts'
export type {
  BpmnFacts,
  NamedFact,
  ProcessFact,
  ParticipantFact,
  LaneFact,
  FlowNodeFact,
  CallActivityFact,
  DataObjectFact,
  DataReferenceFact,
  MessageFlowFact,
  EventFact,
  TimerEventFact,
  BoundaryEventFact,
  GatewayFact,
} from './bpmn/bpmnFacts'
export { semanticSnapshot } from './bpmn/semanticSnapshot'
export type { SemanticEntry } from './bpmn/semanticSnapshot'
export { diSnapshot } from './bpmn/diSnapshot'
export type {
  DiSnapshot,
  DiPlaneEntry,
  DiShapeEntry,
  DiEdgeEntry,
  Bounds,
  Point,
} from './bpmn/diSnapshot'
export { bauplanModdleDescriptor } from './bpmn/bauplanExtension'
export { BAUPLAN_BPMN_PREFIX, BAUPLAN_BPMN_URI, BPMN_MODEL_URI } from './bpmn/namespaces'
