/**
 * The diff between two versions as `GET /api/bausteine/:id/diff?von=&bis=` answers it (schema
 * VersionDiff in apps/server/src/schemas/overview.ts; built from the catalogue's VersionDiff).
 */
import type { Problem } from '@bauplan/domain'

/** Any JSON value: old and new values of metadata fields and BPMN attributes. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export interface MetadataChange {
  pointer: string
  kind: 'added' | 'removed' | 'changed'
  /** Optional: an added field has no old value, a removed one no new value. */
  oldValue?: Json
  newValue?: Json
}

export interface BpmnElementRef {
  id: string
  type: string
  /** Optional: BPMN elements need not be named. */
  name?: string
}

export interface BpmnChangedElement extends BpmnElementRef {
  attributes: { attribute: string; oldValue: Json; newValue: Json }[]
}

export interface BpmnDiff {
  added: BpmnElementRef[]
  removed: BpmnElementRef[]
  changed: BpmnChangedElement[]
  layoutChanged: BpmnElementRef[]
}

export type DmnColumnKind = 'input' | 'output'
export type DmnCellKind = 'input' | 'output' | 'annotation'

export interface DmnCell {
  kind: DmnCellKind
  column: string
  label: string
  value: string
}

export interface DmnCellChange {
  kind: DmnCellKind
  column: string
  label: string
  oldValue: string
  newValue: string
}

export interface DmnRule {
  id: string
  index: number
  cells: DmnCell[]
}

export interface DmnColumn {
  kind: DmnColumnKind
  id: string
  label: string
}

export interface DecisionRef {
  id: string
  /** Optional: DMN decisions need not be named. */
  name?: string
  file: string
}

export interface DecisionTableDiff extends DecisionRef {
  /** Optional: sent only when the hit policy changed. */
  hitPolicy?: { oldValue: string; newValue: string }
  /** Optional: sent only when the aggregation changed. */
  aggregation?: { oldValue: string | null; newValue: string | null }
  columnsAdded: DmnColumn[]
  columnsRemoved: DmnColumn[]
  rulesAdded: DmnRule[]
  rulesRemoved: DmnRule[]
  rulesChanged: { id: string; index: number; cells: DmnCellChange[] }[]
}

export interface DmnDiff {
  decisionsAdded: DecisionRef[]
  decisionsRemoved: DecisionRef[]
  decisionsChanged: DecisionTableDiff[]
}

export interface VersionDiff {
  blockId: string
  fromVersion: string
  toVersion: string
  files: { added: string[]; removed: string[]; changed: string[] }
  metadata: MetadataChange[]
  /** null: neither version has a BPMN diagram. */
  bpmn: BpmnDiff | null
  dmn: DmnDiff
  problems: Problem[]
}
