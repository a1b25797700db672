import { localId } from './hrefs'
import {
  DRG_TYPES,
  type DmnDecisionTable,
  type DmnDefinitions,
  type DmnDrgElement,
  type DmnElementReference,
  type ModdleElement,
} from './model'

export type DecisionLogicKind =
  | 'decisionTable'
  | 'literalExpression'
  | 'context'
  | 'invocation'
  | 'relation'
  | 'list'
  | 'functionDefinition'
  | 'none'

export interface DecisionInputFacts {
  id?: string
  label?: string
  /** The input expression's text, e.g. `antrag.alter`. */
  expression?: string
  typeRef?: string
}

export interface DecisionOutputFacts {
  id?: string
  name?: string
  label?: string
  typeRef?: string
}

export interface DecisionFacts {
  id: string
  name?: string
  /** Type of the decision's result variable. */
  typeRef?: string
  logic: DecisionLogicKind
  /** Only for decision tables; `UNIQUE` when the XML leaves it out (the DMN default). */
  hitPolicy?: string
  aggregation?: string
  inputs: DecisionInputFacts[]
  outputs: DecisionOutputFacts[]
  ruleCount: number
  requiredDecisionIds: string[]
  requiredInputIds: string[]
  requiredKnowledgeIds: string[]
}

export interface InputDataFacts {
  id: string
  name?: string
  typeRef?: string
}

export interface BusinessKnowledgeModelFacts {
  id: string
  name?: string
}

/** Plain data about a DMN model: what the catalogue, the metadata checks and the decision tests need. */
export interface DmnFacts {
  decisions: DecisionFacts[]
  inputData: InputDataFacts[]
  businessKnowledgeModels: BusinessKnowledgeModelFacts[]
}

const LOGIC_KINDS: Readonly<Record<string, DecisionLogicKind>> = {
  'dmn:DecisionTable': 'decisionTable',
  'dmn:LiteralExpression': 'literalExpression',
  'dmn:Context': 'context',
  'dmn:Invocation': 'invocation',
  'dmn:Relation': 'relation',
  'dmn:List': 'list',
  'dmn:FunctionDefinition': 'functionDefinition',
}

/** Reads facts from a parsed model. Elements without an id are skipped: nothing could refer to them. */
export function readDmnFacts(definitions: DmnDefinitions): DmnFacts {
  const facts: DmnFacts = { decisions: [], inputData: [], businessKnowledgeModels: [] }
  const namespace = definitions.namespace
  for (const element of definitions.drgElement ?? []) {
    if (element.id === undefined) continue
    if (element.$type === DRG_TYPES.decision) {
      facts.decisions.push(decisionFacts(element, element.id, namespace))
    } else if (element.$type === DRG_TYPES.inputData) {
      facts.inputData.push({
        id: element.id,
        ...defined('name', element.name),
        ...defined('typeRef', element.variable?.typeRef),
      })
    } else if (element.$type === DRG_TYPES.businessKnowledgeModel) {
      facts.businessKnowledgeModels.push({ id: element.id, ...defined('name', element.name) })
    }
  }
  return facts
}

function decisionFacts(
  decision: DmnDrgElement,
  id: string,
  namespace: string | undefined
): DecisionFacts {
  const logic: ModdleElement | undefined = decision.decisionLogic
  const kind = logic === undefined ? 'none' : (LOGIC_KINDS[logic.$type] ?? 'none')
  const table = kind === 'decisionTable' ? (logic as DmnDecisionTable) : undefined
  const ids = (references: Array<DmnElementReference | undefined>) =>
    references
      .map((reference) => localId(reference, namespace))
      .filter((ref): ref is string => ref !== undefined)
  return {
    id,
    ...defined('name', decision.name),
    ...defined('typeRef', decision.variable?.typeRef),
    logic: kind,
    ...(table ? { hitPolicy: table.hitPolicy ?? 'UNIQUE' } : {}),
    ...defined('aggregation', table?.aggregation),
    inputs: (table?.input ?? []).map((input) => ({
      ...defined('id', input.id),
      ...defined('label', input.label),
      ...defined('expression', input.inputExpression?.text),
      ...defined('typeRef', input.inputExpression?.typeRef),
    })),
    outputs: (table?.output ?? []).map((output) => ({
      ...defined('id', output.id),
      ...defined('name', output.name),
      ...defined('label', output.label),
      ...defined('typeRef', output.typeRef),
    })),
    ruleCount: table?.rule?.length ?? 0,
    requiredDecisionIds: ids(
      (decision.informationRequirement ?? []).map((r) => r.requiredDecision)
    ),
    requiredInputIds: ids((decision.informationRequirement ?? []).map((r) => r.requiredInput)),
    requiredKnowledgeIds: ids(
      (decision.knowledgeRequirement ?? []).map((r) => r.requiredKnowledge)
    ),
  }
}

/** `{ key: value }` when the value is present, `{}` otherwise: facts carry no `undefined` fields. */
function defined<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string })
}
