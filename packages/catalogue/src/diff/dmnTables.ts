import type { ModdleElement } from '@bauplan/domain'

/** A decision with its decision table as plain strings: what the rule-level DMN diff compares. */
export interface PlainDecision {
  id: string
  name?: string
  file: string
  table: PlainTable | null
}

export interface PlainColumn {
  id: string
  label: string
}

export interface PlainRule {
  id: string
  index: number
  inputs: string[]
  outputs: string[]
  annotation: string
}

export interface PlainTable {
  hitPolicy: string
  aggregation: string | null
  inputs: PlainColumn[]
  outputs: PlainColumn[]
  rules: PlainRule[]
}

function list(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : []
}

function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null) {
    const inner = (value as { text?: unknown }).text
    if (typeof inner === 'string') return inner
  }
  return ''
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function tableOf(logic: ModdleElement): PlainTable {
  const inputs = list(logic.input).map((clause, i) => ({
    id: str(clause.id) ?? `input-${i + 1}`,
    label:
      str(clause.label) ?? (text(clause.inputExpression) || str(clause.id) || `Input ${i + 1}`),
  }))
  const outputs = list(logic.output).map((clause, i) => ({
    id: str(clause.id) ?? `output-${i + 1}`,
    label: str(clause.label) ?? str(clause.name) ?? str(clause.id) ?? `Output ${i + 1}`,
  }))
  const rules = list(logic.rule).map((rule, i) => ({
    // Rules without id (allowed by DMN) are matched by position.
    id: str(rule.id) ?? `#${i + 1}`,
    index: i + 1,
    inputs: list(rule.inputEntry).map(text),
    outputs: list(rule.outputEntry).map(text),
    annotation: text(rule.description),
  }))
  return {
    hitPolicy: str(logic.hitPolicy) ?? 'UNIQUE',
    aggregation: str(logic.aggregation) ?? null,
    inputs,
    outputs,
    rules,
  }
}

/** Every decision of a DMN model, with its table when its logic is a decision table. */
export function decisionsOf(definitions: object, file: string): PlainDecision[] {
  return list((definitions as { drgElement?: unknown }).drgElement)
    .filter((element) => element.$type === 'dmn:Decision' && str(element.id) !== undefined)
    .map((decision) => {
      const logic = decision.decisionLogic as ModdleElement | undefined
      const name = str(decision.name)
      return {
        id: decision.id as string,
        ...(name !== undefined ? { name } : {}),
        file,
        table: logic?.$type === 'dmn:DecisionTable' ? tableOf(logic) : null,
      }
    })
}
