// Public entry point of @bauplan/collab; every public name is listed here explicitly.

// The document model of a draft: layout, seeding, derivation
export { FILES_MAP, filesMap, modelSpace, bpmnSpace, entryOf } from './document/modelSpace'
export { contentName, jsonRoot, textRoot } from './document/modelSpace'
export type { FileKind, FileInfo, ModelSpace } from './document/modelSpace'
export type { ModelKind } from './document/modelKind'
export type { Entry } from './document/entry'
export {
  createSeedUpdate,
  seedDraftDocument,
  isSeeded,
  seedClientId,
  SEED_ORIGIN,
} from './document/seedDraftDocument'
export type { SeedResult } from './document/seedDraftDocument'
export { deriveFiles } from './document/deriveFiles'
export { decodeModel } from './document/decodeModel'
export { ESSENTIAL_REFERENCES } from './document/modelMembership'
export type { DecodedModel } from './document/decodeModel'
export { toShared, fromShared } from './document/jsonValue'
export type { Json } from './document/jsonValue'

// Model-level edit operations: bpmn-js commands as Yjs transactions
export { createShape } from './operations/createShape'
export type { CreateShapeInput } from './operations/createShape'
export { deleteElement } from './operations/deleteElement'
export { moveShape, setWaypoints } from './operations/moveShape'
export type { MoveShapeInput } from './operations/moveShape'
export { connect } from './operations/connect'
export type { ConnectInput } from './operations/connect'
export { rename, setProperty } from './operations/setProperty'
export type { PropertyValue } from './operations/setProperty'
export { setLane } from './operations/setLane'
export type { SetLaneInput } from './operations/setLane'
export { diId, eventDefinitionId, laneSetId } from './operations/implicitIds'
export { OperationError } from './operations/operationError'
// Adding and removing files of a draft (the file list follows the document)
export { addFile, removeFile, writeReadFile } from './operations/fileList'
export { readFileForDocument } from './operations/fileListRead'
export type { ReadFile } from './operations/fileListRead'

// Per-user undo
export { createUndoManager } from './undo/createUndoManager'

// Transport-agnostic sync core (y-websocket protocol) and durable persistence contract
export { DocumentHub, ELSEWHERE_ORIGIN, HubSession, SERVER_ORIGIN } from './sync/documentHub'
export type { Connection, ConnectOptions, DocumentHubOptions } from './sync/documentHub'
export type { DocumentPersistence, StoredLogSize } from './sync/persistence'
// Compaction's garbage collection, for a worker thread (the hub option `collectGarbage`)
export { collectGarbage } from './sync/encodedDocumentState'
export type { CollectGarbage } from './sync/encodedDocumentState'
// Scale-out: several server instances serve one document (Redis in the server)
export { RELAY_KINDS } from './sync/instanceRelay'
export type { InstanceRelay, RelayKind, RelayListener, RelayMessage } from './sync/instanceRelay'
export { RELAY_ORIGIN } from './sync/hubRelayLink'
export { InProcessRelay, InProcessRelayBus } from './sync/inProcessRelay'
export { MemoryPersistence } from './sync/memoryPersistence'
export { SYNC_LIMITS, CLOSE_CODES } from './sync/limits'
export type { SyncLimits } from './sync/limits'
export {
  MESSAGE_SYNC,
  MESSAGE_AWARENESS,
  MESSAGE_AUTH,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVED,
} from './sync/protocol'
export { setJsonValue } from './operations/setJsonValue'
export type { JsonPath } from './operations/setJsonValue'
export { addRule, deleteRule, setCell, cellId } from './operations/dmnRules'
export type { AddRuleInput } from './operations/dmnRules'

// The bpmn-js binding: a running modeler kept in sync with the draft's Y.Doc, with per-user undo
export { bindBpmnModeler } from './binding/bpmnBinding'
export type { BpmnBinding, BpmnBindingOptions } from './binding/bpmnBinding'
export type { BpmnModelerLike } from './binding/diagramTypes'
// The dmn-js binding: decision tables incrementally, other DMN views re-opened from the document
export { bindDmnModeler } from './binding/dmn/dmnBinding'
export type { DmnBinding, DmnBindingOptions } from './binding/dmn/dmnBinding'
export type { DmnModelerLike } from './binding/dmn/dmnTypes'
// Which elements a transaction changed (what the binding builds on)
export { observeModelChanges } from './binding/observeModelChanges'
export type { ModelChanges, ChangedIds } from './binding/observeModelChanges'
export { reconcileDefinitions } from './document/reconcileDefinitions'
export { checkPersistenceContract } from './sync/persistenceContract'

// Presence: who is in the document and what they have selected (awareness states)
export { readPresenceState, PRESENCE_LIMITS } from './presence/presenceState'
export type { PresenceState, PresenceUser, PresenceSelection } from './presence/presenceState'
export type { PresenceAwareness, AwarenessChanges } from './presence/presenceAwareness'
export { presenceColour, PRESENCE_PALETTE } from './presence/presenceColour'
export type { PresenceColour } from './presence/presenceColour'
export { contrastRatio } from './presence/contrast'
export { presentUsers, remoteSelections } from './presence/presentUsers'
export type { PresentUser, RemoteSelection } from './presence/presentUsers'
export { setLocalSelection, clearLocalSelection } from './presence/setLocalSelection'
export { MemoryPresenceRoom } from './presence/memoryPresenceRoom'
