import type { Problem } from '@bauplan/domain'

/**
 * The diff between two versions as `GET /api/bausteine/:id/diff?von=&bis=` answers it (the catalogue's
 * `VersionDiff`, packages/catalogue/src/diff/diffTypes.ts). Restated here because the web app does
 * not depend on the catalogue package (it pulls in server-side storage); keep the two in step.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export interface MetadataChange {
  pointer: string
  kind: 'added' | 'removed' | 'changed'
  oldValue?: Json
  newValue?: Json
}

export interface BpmnElementRef {
  id: string
  type: string
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

export interface DmnCell {
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
  index: number
  cells: DmnCell[]
}

export interface DecisionRef {
  id: string
  name?: string
  file: string
}

export interface DecisionTableDiff extends DecisionRef {
  hitPolicy?: { oldValue: string; newValue: string }
  aggregation?: { oldValue: string | null; newValue: string | null }
  columnsAdded: { kind: 'input' | 'output'; id: string; label: string }[]
  columnsRemoved: { kind: 'input' | 'output'; id: string; label: string }[]
  rulesAdded: DmnRule[]
  rulesRemoved: DmnRule[]
  rulesChanged: { id: string; index: number; cells: DmnCellChange[] }[]
}

export interface VersionDiff {
  blockId: string
  fromVersion: string
  toVersion: string
  files: { added: string[]; removed: string[]; changed: string[] }
  metadata: MetadataChange[]
  bpmn: BpmnDiff | null
  dmn: {
    decisionsAdded: DecisionRef[]
    decisionsRemoved: DecisionRef[]
    decisionsChanged: DecisionTableDiff[]
  }
  problems: Problem[]
}

/** What the diff page needs from the server; the shell's BauplanApi has these methods. */
export interface DiffApi {
  getDiff(blockId: string, from: string, to: string): Promise<VersionDiff>
  getVersion(blockId: string, version: string): Promise<{ files: { name: string }[] }>
  getFileText(blockId: string, version: string, name: string): Promise<string>
}
