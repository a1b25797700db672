import type {
  DecisionRef,
  DecisionTableDiff,
  DmnCell,
  DmnCellChange,
  DmnColumn,
  DmnDiff,
  DmnRule,
  DmnRuleChange,
} from './diffTypes'
import type { PlainColumn, PlainDecision, PlainRule, PlainTable } from './dmnTables'

function refOf(decision: PlainDecision): DecisionRef {
  return {
    id: decision.id,
    ...(decision.name !== undefined ? { name: decision.name } : {}),
    file: decision.file,
  }
}

function cellsOf(rule: PlainRule, table: PlainTable): DmnCell[] {
  return [
    ...table.inputs.map((c, i) => ({
      kind: 'input' as const,
      column: c.id,
      label: c.label,
      value: rule.inputs[i] ?? '',
    })),
    ...table.outputs.map((c, i) => ({
      kind: 'output' as const,
      column: c.id,
      label: c.label,
      value: rule.outputs[i] ?? '',
    })),
    ...(rule.annotation !== ''
      ? [
          {
            kind: 'annotation' as const,
            column: 'annotation',
            label: 'Annotation',
            value: rule.annotation,
          },
        ]
      : []),
  ]
}

function ruleOf(rule: PlainRule, table: PlainTable): DmnRule {
  return { id: rule.id, index: rule.index, cells: cellsOf(rule, table) }
}

/** Cells are matched by column id, so adding a column does not make every later cell look changed. */
function changedCells(
  before: PlainRule,
  beforeTable: PlainTable,
  after: PlainRule,
  afterTable: PlainTable
): DmnCellChange[] {
  const old = new Map(cellsOf(before, beforeTable).map((c) => [`${c.kind}:${c.column}`, c]))
  const changes: DmnCellChange[] = []
  const seen = new Set<string>()
  for (const cell of cellsOf(after, afterTable)) {
    const key = `${cell.kind}:${cell.column}`
    seen.add(key)
    const previous = old.get(key)
    // A cell of a new column is part of "column added", not a change of this rule.
    if (previous === undefined) {
      if (cell.kind === 'annotation') changes.push({ ...cellChange(cell), oldValue: '' })
      continue
    }
    if (previous.value !== cell.value)
      changes.push({ ...cellChange(cell), oldValue: previous.value })
  }
  const removedAnnotation = old.get('annotation:annotation')
  if (removedAnnotation && !seen.has('annotation:annotation')) {
    changes.push({
      ...cellChange(removedAnnotation),
      oldValue: removedAnnotation.value,
      newValue: '',
    })
  }
  return changes
}

function cellChange(cell: DmnCell): DmnCellChange {
  return {
    kind: cell.kind,
    column: cell.column,
    label: cell.label,
    oldValue: '',
    newValue: cell.value,
  }
}

function columnDiff(kind: 'input' | 'output', before: PlainColumn[], after: PlainColumn[]) {
  const beforeIds = new Set(before.map((c) => c.id))
  const afterIds = new Set(after.map((c) => c.id))
  const column = (c: PlainColumn): DmnColumn => ({ kind, id: c.id, label: c.label })
  return {
    added: after.filter((c) => !beforeIds.has(c.id)).map(column),
    removed: before.filter((c) => !afterIds.has(c.id)).map(column),
  }
}

function tableDiff(before: PlainDecision, after: PlainDecision): DecisionTableDiff | undefined {
  const empty: PlainTable = {
    hitPolicy: 'UNIQUE',
    aggregation: null,
    inputs: [],
    outputs: [],
    rules: [],
  }
  const a = before.table ?? empty
  const b = after.table ?? empty
  const inputs = columnDiff('input', a.inputs, b.inputs)
  const outputs = columnDiff('output', a.outputs, b.outputs)
  const oldRules = new Map(a.rules.map((r) => [r.id, r]))
  const newIds = new Set(b.rules.map((r) => r.id))
  const rulesChanged: DmnRuleChange[] = []
  for (const rule of b.rules) {
    const old = oldRules.get(rule.id)
    if (old === undefined) continue
    const cells = changedCells(old, a, rule, b)
    if (cells.length > 0) rulesChanged.push({ id: rule.id, index: rule.index, cells })
  }
  const diff: DecisionTableDiff = {
    ...refOf(after),
    ...(a.hitPolicy !== b.hitPolicy
      ? { hitPolicy: { oldValue: a.hitPolicy, newValue: b.hitPolicy } }
      : {}),
    ...(a.aggregation !== b.aggregation
      ? { aggregation: { oldValue: a.aggregation, newValue: b.aggregation } }
      : {}),
    columnsAdded: [...inputs.added, ...outputs.added],
    columnsRemoved: [...inputs.removed, ...outputs.removed],
    rulesAdded: b.rules.filter((r) => !oldRules.has(r.id)).map((r) => ruleOf(r, b)),
    rulesRemoved: a.rules.filter((r) => !newIds.has(r.id)).map((r) => ruleOf(r, a)),
    rulesChanged,
  }
  const unchanged =
    diff.hitPolicy === undefined &&
    diff.aggregation === undefined &&
    diff.columnsAdded.length + diff.columnsRemoved.length === 0 &&
    diff.rulesAdded.length + diff.rulesRemoved.length + rulesChanged.length === 0
  return unchanged ? undefined : diff
}

/**
 * Rule-level DMN diff. Decisions are matched by id across all DMN files of the two versions (a
 * decision moved to another file is not "removed and added"); rules by id; cells by column id.
 */
export function diffDmn(
  before: readonly PlainDecision[],
  after: readonly PlainDecision[]
): DmnDiff {
  const old = new Map(before.map((d) => [d.id, d]))
  const now = new Map(after.map((d) => [d.id, d]))
  const decisionsChanged: DecisionTableDiff[] = []
  for (const decision of after) {
    const previous = old.get(decision.id)
    const changed = previous ? tableDiff(previous, decision) : undefined
    if (changed) decisionsChanged.push(changed)
  }
  return {
    decisionsAdded: after.filter((d) => !old.has(d.id)).map(refOf),
    decisionsRemoved: before.filter((d) => !now.has(d.id)).map(refOf),
    decisionsChanged,
  }
}
