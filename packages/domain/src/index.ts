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
export { createBpmnElement } from './bpmn/createBpmnElement'
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

// DMN: parse, check, serialise, facts, decision tests
export { parseDmn } from './dmn/parseDmn'
export type { ParsedDmn, ParseDmnOptions } from './dmn/parseDmn'
export type { DmnVersion } from './dmn/dmnVersions'
export { checkDmn } from './dmn/checkDmn'
export type { CheckDmnOptions } from './dmn/checkDmn'
export { serializeDmn } from './dmn/serializeDmn'
export { createDmnElement } from './dmn/createDmnElement'
export { readDmnFacts } from './dmn/dmnFacts'
export type {
  DmnFacts,
  DecisionFacts,
  DecisionInputFacts,
  DecisionOutputFacts,
  DecisionLogicKind,
  InputDataFacts,
  BusinessKnowledgeModelFacts,
} from './dmn/dmnFacts'
export type {
  DmnDefinitions,
  DmnDrgElement,
  DmnDecisionTable,
  DmnInputClause,
  DmnOutputClause,
  DmnDecisionRule,
  DmnLiteralExpression,
  DmnRequirement,
  DmnElementReference,
} from './dmn/model'
export { HIT_POLICIES, AGGREGATIONS } from './dmn/checkDecisionTables'
export { parseDecisionTests } from './dmn/decisionTests/parseDecisionTests'
export { validateDecisionTests } from './dmn/decisionTests/validateDecisionTests'
export { leadingIdentifier } from './dmn/decisionTests/leadingIdentifier'
export {
  DECISION_TESTS_FILE_NAME,
  DECISION_TEST_LIMITS,
} from './dmn/decisionTests/decisionTestsFile'
export type {
  DecisionTest,
  DecisionTestsFile,
  DecisionTestOptions,
  JsonValue,
} from './dmn/decisionTests/decisionTestsFile'

// Semver helpers and the version rule
export {
  isVersion,
  compareVersions,
  bumpVersion,
  bumpBetween,
  highestVersion,
} from './semver/version'
export type { BumpKind } from './semver/version'
export { isValidRange, satisfiesRange, maxSatisfying } from './semver/range'
export { nextDraftVersion, checkVersionBump } from './semver/draftVersion'
export { requiredBump, interfaceChanges } from './semver/interfaceBump'
export type {
  BausteinInterface,
  InterfaceField,
  InterfaceDecision,
  InterfaceChange,
} from './semver/bausteinInterface'

// References between blocks
export { isBausteinId } from './references/bausteinRef'
export type {
  BausteinRef,
  LocatedBausteinRef,
  ResolvedBausteinRef,
  CallActivityReferenceInput,
  ReferenceProblemOptions,
} from './references/bausteinRef'
export { collectReferences } from './references/collectReferences'
export { resolveReferences } from './references/resolveReferences'
export type { PublishedVersionsLookup } from './references/resolveReferences'
export { findCycles, cycleProblems } from './references/findCycles'
export type { ReferenceEdges } from './references/findCycles'
export { whereUsed } from './references/whereUsed'
export { updatesAvailable } from './references/updatesAvailable'
export type { AvailableUpdates } from './references/updatesAvailable'
export { FOLDER_LIMITS, folderLimitProblems } from './folder/limits'

// Closed vocabularies of the catalogue, shared by storage, server and clients
export {
  ORGANISATION_KINDS,
  REVIEW_EVENT_KINDS,
  ROLES,
  SEARCH_FACETS,
  VERSION_STATES,
} from './catalogue/vocabulary'
export type {
  OrganisationKind,
  ReviewEventKind,
  Role,
  SearchFacet,
  VersionState,
} from './catalogue/vocabulary'
