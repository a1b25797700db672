import type { Problem } from '@bauplan/domain'
import type { JsonValue } from '../model/json'

// The diff between two versions of a block, as plain serialisable data (no moddle objects), so the
// API can send it as JSON and the CLI can print it.

export interface MetadataChange {
  /** JSON pointer (RFC 6901) of the field, e.g. `/leistungen/0/leistungsschluessel`. */
  pointer: string
  kind: 'added' | 'removed' | 'changed'
  oldValue?: JsonValue
  newValue?: JsonValue
}

export interface BpmnElementRef {
  id: string
  /** BPMN type, e.g. `bpmn:UserTask`. */
  type: string
  name?: string
}

export interface AttributeChange {
  attribute: string
  /** Primitive values as they are; model elements by id (or type); lists as lists. */
  oldValue: JsonValue
  newValue: JsonValue
}

export interface BpmnChangedElement extends BpmnElementRef {
  attributes: AttributeChange[]
}

export interface BpmnDiff {
  added: BpmnElementRef[]
  removed: BpmnElementRef[]
  changed: BpmnChangedElement[]
  /** Elements whose diagram shape or edge moved or changed size, without a semantic change. */
  layoutChanged: BpmnElementRef[]
}

export interface DecisionRef {
  id: string
  name?: string
  file: string
}

export interface DmnColumn {
  kind: 'input' | 'output'
  id: string
  label: string
}

export interface DmnCell {
  /** `annotation` is the rule's description column. */
  kind: 'input' | 'output' | 'annotation'
  column: string
  label: string
  value: string
}

export interface DmnCellChange {
  kind: 'input' | 'output' | 'annotation'
  column: string
  label: string
  oldValue: string
  newValue: string
}

export interface DmnRule {
  id: string
  /** 1-based position in the table (as dmn-js numbers rows). */
  index: number
  cells: DmnCell[]
}

export interface DmnRuleChange {
  id: string
  index: number
  cells: DmnCellChange[]
}

export interface DecisionTableDiff extends DecisionRef {
  hitPolicy?: { oldValue: string; newValue: string }
  aggregation?: { oldValue: string | null; newValue: string | null }
  columnsAdded: DmnColumn[]
  columnsRemoved: DmnColumn[]
  rulesAdded: DmnRule[]
  rulesRemoved: DmnRule[]
  rulesChanged: DmnRuleChange[]
}

export interface DmnDiff {
  decisionsAdded: DecisionRef[]
  decisionsRemoved: DecisionRef[]
  /** Decisions whose table differs (only those with at least one difference). */
  decisionsChanged: DecisionTableDiff[]
}

export interface FileChanges {
  added: string[]
  removed: string[]
  changed: string[]
}

export interface VersionDiff {
  blockId: string
  fromVersion: string
  toVersion: string
  files: FileChanges
  metadata: MetadataChange[]
  /** Null when a version has no readable BPMN model (see `problems`). */
  bpmn: BpmnDiff | null
  dmn: DmnDiff
  /** Why a part could not be compared (an unreadable model in an old draft, for example). */
  problems: Problem[]
}
