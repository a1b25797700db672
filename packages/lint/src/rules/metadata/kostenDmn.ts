import type { DecisionFacts } from '@bauplan/domain'
import { listOf } from '../../messages/localize'
import { jsonPointer } from '../../text/jsonPointer'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/kosten-dmn`: a fee either has a fixed amount or names the DMN decision that computes
 * it. Every `kosten[]` entry without `fix` needs a `dmnDecisionRef`. When the DMN facts are known,
 * a `dmnDecisionRef` (on any entry) must name a decision of the block, and that decision must be
 * able to yield an amount: if its result types are declared and all are FEEL/XML Schema built-in
 * types, one of them must be numeric. Types from item definitions are not judged.
 */
export const kostenDmn: MetadataRuleFactory = () => ({
  check({ metadata, dmn }, reporter) {
    const decisions = dmn?.flatMap((file) => file.facts.decisions)
    const decisionIds = listOf(decisions?.map((decision) => decision.id) ?? [])
    ;(metadata.kosten ?? []).forEach((kosten, index) => {
      const entry = jsonPointer('kosten', index)
      const ref = kosten.dmnDecisionRef
      if (ref === undefined) {
        if (kosten.fix === undefined) {
          reporter.report({ pointer: entry }, 'kostenDmn.missingDecision', {
            pointer: entry,
            decisions: decisionIds,
          })
        }
        return
      }
      if (!decisions) return
      const pointer = jsonPointer('kosten', index, 'dmnDecisionRef')
      const decision = decisions.find((candidate) => candidate.id === ref)
      if (!decision) {
        reporter.report({ pointer }, 'kostenDmn.unknownDecision', {
          pointer: entry,
          decision: ref,
          decisions: decisionIds,
        })
        return
      }
      const types = resultTypes(decision)
      if (types.length > 0 && types.every(isBuiltInType) && !types.some(isNumericType)) {
        reporter.report({ pointer }, 'kostenDmn.notAmount', {
          pointer: entry,
          decision: ref,
          types: listOf(types),
        })
      }
    })
  },
})

function resultTypes(decision: DecisionFacts): string[] {
  const declared = [decision.typeRef, ...decision.outputs.map((output) => output.typeRef)]
  return declared.filter((type): type is string => type !== undefined && type.trim() !== '')
}

const NUMERIC_TYPES = new Set([
  'number',
  'integer',
  'int',
  'long',
  'short',
  'decimal',
  'double',
  'float',
])
const OTHER_BUILT_IN_TYPES = new Set([
  ...['string', 'boolean', 'date', 'time', 'date and time', 'datetime'],
  ...['days and time duration', 'years and months duration', 'duration', 'context', 'list', 'any'],
])

/** `feel:number`, `xsd:decimal` and `number` all name the same kind of built-in type. */
function localType(type: string): string {
  return type
    .trim()
    .replace(/^[A-Za-z]+:/, '')
    .toLowerCase()
}

function isNumericType(type: string): boolean {
  return NUMERIC_TYPES.has(localType(type))
}

function isBuiltInType(type: string): boolean {
  const local = localType(type)
  return NUMERIC_TYPES.has(local) || OTHER_BUILT_IN_TYPES.has(local)
}
