import type { Problem } from '../problem'
import { checkDecisionTable } from './checkDecisionTables'
import { checkDiagram } from './checkDiagram'
import { createCheckContext, type CheckContext } from './checkContext'
import { checkRequirements } from './checkRequirements'
import { DRG_TYPES, type DmnDecisionTable, type DmnDefinitions, type ModdleElement } from './model'
import { describeElement, walkModel } from './walkModel'

export interface CheckDmnOptions {
  /** File name for the problems, relative to the block folder. */
  file?: string
}

/**
 * Checks a parsed DMN model beyond what the parser enforces: unique ids, requirements that
 * resolve to the right kind of element and form no cycle, diagram shapes for every drawn element
 * (warnings), decisions that have logic, and the structure of every decision table — including
 * tables nested in business knowledge models or contexts. Pass the XML text to get line and
 * column for each problem.
 */
export function checkDmn(
  definitions: DmnDefinitions,
  xmlText?: string,
  options: CheckDmnOptions = {}
): Problem[] {
  const context = createCheckContext(xmlText, options.file)
  const problems: Problem[] = []
  const byId = new Map<string, ModdleElement>()
  const tables: Array<{
    table: DmnDecisionTable
    owner: Parameters<typeof checkDecisionTable>[1]
  }> = []
  const occurrences = new Map<string, number>()
  walkModel(definitions, (element, owner) => {
    if (element.$type === 'dmn:DecisionTable')
      tables.push({ table: element as DmnDecisionTable, owner })
    const id = element.id
    if (id === undefined || id === '') return
    const seen = occurrences.get(id) ?? 0
    occurrences.set(id, seen + 1)
    if (seen === 0) {
      byId.set(id, element)
      return
    }
    problems.push(
      context.problem(
        'dmn.duplicateId',
        'error',
        element,
        `Die ID „${id}“ ist mehrfach vergeben (${element.$type}); IDs müssen in einer DMN-Datei eindeutig sein, sonst zeigen Verweise auf das falsche Element.`,
        `The id "${id}" is used more than once (${element.$type}); ids must be unique within a DMN file, otherwise references point at the wrong element.`,
        seen
      )
    )
  })
  problems.push(...checkRequirements(definitions, byId, context))
  problems.push(...checkDecisionLogic(definitions, context))
  for (const { table, owner } of tables) problems.push(...checkDecisionTable(table, owner, context))
  problems.push(...checkDiagram(definitions, context))
  return problems
}

/** A decision without logic cannot be evaluated, tested or exported as executable; fine while sketching a DRD. */
function checkDecisionLogic(definitions: DmnDefinitions, context: CheckContext): Problem[] {
  return (definitions.drgElement ?? [])
    .filter(
      (element) => element.$type === DRG_TYPES.decision && element.decisionLogic === undefined
    )
    .map((decision) => {
      const name = describeElement(decision)
      return context.problem(
        'dmn.decisionWithoutLogic',
        'warning',
        decision,
        `Die Entscheidung ${name.de} hat noch keine Entscheidungslogik (z. B. eine Entscheidungstabelle); sie kann weder ausgewertet noch getestet werden.`,
        `The decision ${name.en} has no decision logic yet (e.g. a decision table); it can be neither evaluated nor tested.`
      )
    })
}
