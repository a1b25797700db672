import { leadingIdentifier, type DecisionFacts, type DmnFileFacts } from '@bauplan/domain'

export interface TestColumn {
  name: string
  /** The DMN type (`number`, `string`, `boolean`, `date` …) when the model declares one. */
  typeRef?: string
}

export interface DecisionColumns {
  decisionId: string
  /** The decision's name as analysts read it (its id when unnamed). */
  label: string
  file: string
  inputs: TestColumn[]
  outputs: TestColumn[]
}

/**
 * The columns of a decision's test table: one per input a test may give and one per output it may
 * expect — the same keys `validateDecisionTests` of the domain accepts. Inputs are the input data
 * the decision reaches through its requirements and the variables its tables' input expressions
 * start with (models without input data name their variables only there); decisions it requires
 * are computed, not given. Outputs are the table's output columns, or the decision itself for a
 * single-valued decision.
 */
export function decisionColumns(models: readonly DmnFileFacts[]): DecisionColumns[] {
  const columns: DecisionColumns[] = []
  const seen = new Set<string>()
  for (const { file, facts } of models) {
    const byId = new Map(facts.decisions.map((decision) => [decision.id, decision]))
    const inputData = new Map(facts.inputData.map((input) => [input.id, input]))
    for (const decision of facts.decisions) {
      if (seen.has(decision.id)) continue
      seen.add(decision.id)
      const reached = reachedDecisions(decision, byId)
      const knownNames = [
        ...[...inputData.values()].map((input) => input.name ?? input.id),
        ...reached.map((current) => current.name ?? current.id),
      ]
      const computed = new Set(
        reached
          .filter((current) => current !== decision)
          .map((current) => current.name ?? current.id)
      )
      const inputs = new Map<string, TestColumn>()
      const add = (name: string | undefined, typeRef: string | undefined) => {
        if (name === undefined || name === '' || computed.has(name) || inputs.has(name)) return
        inputs.set(name, typeRef ? { name, typeRef } : { name })
      }
      for (const current of reached) {
        for (const id of current.requiredInputIds) {
          const input = inputData.get(id)
          if (input) add(input.name ?? input.id, input.typeRef)
        }
        for (const input of current.inputs) {
          add(leadingIdentifier(input.expression ?? '', knownNames), input.typeRef)
        }
      }
      const outputs: TestColumn[] = decision.outputs
        .filter((output) => (output.name?.trim() ?? '') !== '')
        .map((output) => column(output.name!.trim(), output.typeRef))
      if (outputs.length === 0) outputs.push(column(decision.name ?? decision.id, decision.typeRef))
      columns.push({
        decisionId: decision.id,
        label: decision.name ?? decision.id,
        file,
        inputs: [...inputs.values()],
        outputs,
      })
    }
  }
  return columns
}

function column(name: string, typeRef: string | undefined): TestColumn {
  return typeRef ? { name, typeRef } : { name }
}

function reachedDecisions(
  decision: DecisionFacts,
  byId: ReadonlyMap<string, DecisionFacts>
): DecisionFacts[] {
  const reached: DecisionFacts[] = []
  const pending = [decision]
  const seen = new Set<string>()
  while (pending.length > 0) {
    const current = pending.pop()!
    if (seen.has(current.id)) continue
    seen.add(current.id)
    reached.push(current)
    for (const id of current.requiredDecisionIds) {
      const required = byId.get(id)
      if (required) pending.push(required)
    }
  }
  return reached
}
