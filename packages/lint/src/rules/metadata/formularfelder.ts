import { leadingIdentifier, type Datenfeld, type DecisionFacts } from '@bauplan/domain'
import { suggestion } from '../../messages/suggestion'
import { listOf } from '../../messages/localize'
import { closestName } from '../../text/closestName'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/formularfelder`: in a front-office block (`einsatzbereich: "frontoffice"`) the decisions
 * run on what the form collects, so every field a DMN input expression reads exists in
 * `eingehendeDaten` (in any entry, at any depth, by its `id`). What is checked is only what can be
 * checked exactly:
 *
 * - the name an input expression starts with (the domain's `leadingIdentifier`) must be a field id,
 *   unless it names a decision of the block (a result computed upstream), is a FEEL keyword or
 *   calls a function (`date(…)`), since none of those read a form field;
 * - when that field is a group and the expression reads `group.child`, the child must exist.
 *
 * Not checked: blocks with einsatzbereich `beide` or `backoffice`, whose decisions also read what
 * clerks establish or registers return, which no metadata lists; and `bedingung.feld` of data
 * fields, which the domain's `validateBaustein` already refuses when it names no field of the same
 * data entry, so schema-valid metadata never breaks it.
 */
export const formularfelder: MetadataRuleFactory = () => ({
  check({ metadata, dmn }, reporter) {
    if (metadata.einsatzbereich !== 'frontoffice' || !dmn) return
    const fields = fieldsById(
      (metadata.eingehendeDaten ?? []).flatMap((daten) => daten.felder ?? [])
    )
    const fieldIds = [...fields.keys()]
    const allDecisions = dmn.flatMap((file) => file.facts.decisions)
    const decisionNames = new Set(
      allDecisions.flatMap((decision) => [decision.id, decision.name ?? ''])
    )
    for (const { file, facts } of dmn) {
      const knownNames = [
        ...facts.inputData.map((input) => input.name ?? ''),
        ...facts.decisions.map((decision) => decision.name ?? ''),
      ]
      for (const decision of facts.decisions) {
        for (const input of decision.inputs) {
          const expression = input.expression?.trim() ?? ''
          const read = readField(expression, knownNames)
          if (!read || decisionNames.has(read.name) || FEEL_KEYWORDS.has(read.name)) continue
          const location = { file, elementId: input.id ?? decision.id }
          const params = { decision: decisionLabel(decision), expression, field: read.name }
          const field = fields.get(read.name)
          if (!field) {
            reporter.report(location, 'formularfelder.unknownField', {
              ...params,
              suggestion: suggestion(closestName(read.name, fieldIds)),
            })
            continue
          }
          const children = (field.felder ?? []).map((child) => child.id)
          if (read.child !== undefined && children.length > 0 && !children.includes(read.child)) {
            reporter.report(location, 'formularfelder.unknownChild', {
              ...params,
              child: read.child,
              children: listOf(children),
            })
          }
        }
      }
    }
  },
})

const FEEL_KEYWORDS = new Set([
  ...['not', 'if', 'then', 'else', 'for', 'in', 'return', 'some', 'every', 'satisfies'],
  ...['true', 'false', 'null', 'function', 'and', 'or', 'between', 'instance', 'of'],
])

const MEMBER = /^\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/
const CALL = /^\s*\(/

/** The field an expression reads first, and the member it reads from it, if any. */
function readField(
  expression: string,
  knownNames: readonly string[]
): { name: string; child?: string } | undefined {
  const name = leadingIdentifier(expression, knownNames)
  if (name === undefined) return undefined
  const rest = expression.slice(name.length)
  if (CALL.test(rest)) return undefined
  const child = MEMBER.exec(rest)?.[1]
  return child === undefined ? { name } : { name, child }
}

function fieldsById(
  felder: readonly Datenfeld[],
  byId = new Map<string, Datenfeld>()
): Map<string, Datenfeld> {
  for (const feld of felder) {
    if (!byId.has(feld.id)) byId.set(feld.id, feld)
    fieldsById(feld.felder ?? [], byId)
  }
  return byId
}

function decisionLabel(decision: DecisionFacts): string {
  return decision.name === undefined ? decision.id : `${decision.name} (${decision.id})`
}
