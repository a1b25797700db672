import type { Problem } from '@bauplan/domain'

/**
 * The engine's own view of a DMN model: plain data, free of moddle, produced by `compileDmn`.
 * References between elements are ids. Evaluation structures (compiled FEEL, closures) are kept
 * beside it and rebuilt from this data when missing, so a model can be stored or sent as JSON.
 */
export interface DecisionModel {
  name: string
  namespace: string
  decisions: DecisionInfo[]
  inputData: InputDataInfo[]
  businessKnowledgeModels: BusinessKnowledgeModelInfo[]
  decisionServices: DecisionServiceInfo[]
  itemDefinitions: ItemDefinitionInfo[]
  /** Problems found while compiling: FEEL that does not parse, unknown references, unsupported parts. */
  problems: Problem[]
}

export interface DecisionInfo {
  id: string
  name: string
  /** Type of the decision's result (its variable's `typeRef`). */
  typeRef?: string
  requiredDecisions: string[]
  requiredInputs: string[]
  /** Business knowledge models and decision services this decision invokes. */
  requiredKnowledge: string[]
  logic?: BoxedExpression
}

export interface InputDataInfo {
  id: string
  name: string
  typeRef?: string
}

export interface BusinessKnowledgeModelInfo {
  id: string
  name: string
  requiredKnowledge: string[]
  logic?: BoxedExpression
}

export interface DecisionServiceInfo {
  id: string
  name: string
  outputDecisions: string[]
  encapsulatedDecisions: string[]
  inputDecisions: string[]
  inputData: string[]
}

export interface ItemDefinitionInfo {
  name: string
  typeRef?: string
  isCollection: boolean
  /** Unary tests the values must pass (`allowedValues`). */
  allowedValues?: string
  components: ItemDefinitionInfo[]
  /** Set for a function type (`functionItem`). */
  isFunction?: boolean
}

export type HitPolicy =
  'UNIQUE' | 'FIRST' | 'PRIORITY' | 'ANY' | 'COLLECT' | 'RULE ORDER' | 'OUTPUT ORDER'

export type Aggregation = 'SUM' | 'COUNT' | 'MIN' | 'MAX'

export type BoxedExpression =
  | LiteralExpressionInfo
  | DecisionTableInfo
  | ContextInfo
  | ListInfo
  | RelationInfo
  | InvocationInfo
  | FunctionDefinitionInfo
  | ConditionalInfo
  | IteratorInfo
  | FilterInfo
  | UnsupportedExpressionInfo

interface ExpressionBase {
  id?: string
  typeRef?: string
}

export interface LiteralExpressionInfo extends ExpressionBase {
  kind: 'literal'
  text: string
}

export interface DecisionTableInfo extends ExpressionBase {
  kind: 'decisionTable'
  hitPolicy: HitPolicy
  aggregation?: Aggregation
  inputs: Array<{
    id?: string
    label?: string
    text: string
    typeRef?: string
    inputValues?: string
  }>
  outputs: Array<{
    id?: string
    name?: string
    label?: string
    typeRef?: string
    outputValues?: string
    defaultOutput?: string
  }>
  rules: Array<{ id?: string; inputEntries: string[]; outputEntries: string[] }>
}

export interface ContextInfo extends ExpressionBase {
  kind: 'context'
  /** Entries in order; the entry without a name is the result. */
  entries: Array<{ name?: string; typeRef?: string; value: BoxedExpression }>
}

export interface ListInfo extends ExpressionBase {
  kind: 'list'
  items: BoxedExpression[]
}

export interface RelationInfo extends ExpressionBase {
  kind: 'relation'
  columns: Array<{ name: string; typeRef?: string }>
  rows: BoxedExpression[][]
}

export interface InvocationInfo extends ExpressionBase {
  kind: 'invocation'
  /** FEEL text that names the invoked function, usually a BKM's name. */
  callee: string
  bindings: Array<{ name: string; typeRef?: string; value?: BoxedExpression }>
}

export interface FunctionDefinitionInfo extends ExpressionBase {
  kind: 'function'
  functionKind: 'FEEL' | 'Java' | 'PMML'
  parameters: Array<{ name: string; typeRef?: string }>
  body?: BoxedExpression
}

/** DMN 1.4 boxed conditional: `if`, `then`, `else`. */
export interface ConditionalInfo extends ExpressionBase {
  kind: 'conditional'
  condition: BoxedExpression
  then: BoxedExpression
  else: BoxedExpression
}

/** DMN 1.4 boxed iterators: `for … in … return …`, `every/some … in … satisfies …`. */
export interface IteratorInfo extends ExpressionBase {
  kind: 'iterator'
  iterator: 'for' | 'every' | 'some'
  variable: string
  in: BoxedExpression
  body: BoxedExpression
}

/** DMN 1.4 boxed filter: the items of `in` for which `match` is true (`item` names each). */
export interface FilterInfo extends ExpressionBase {
  kind: 'filter'
  in: BoxedExpression
  match: BoxedExpression
}

/** A boxed expression this engine does not evaluate; evaluating it is an error that names it. */
export interface UnsupportedExpressionInfo extends ExpressionBase {
  kind: 'unsupported'
  /** The element, e.g. `dmn:Conditional` or `no decision logic`. */
  element: string
}
