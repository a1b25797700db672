/**
 * The shape of the dmn-moddle objects `compileDmn` reads (DMN 1.3 property names). Declared here,
 * structurally and with every property optional, so the engine accepts the tree `parseDmn` of
 * `@bauplan/domain` returns as well as hand-built objects (benchmarks, tests) without depending on
 * moddle itself.
 */
export interface ModdleNode {
  $type: string
  id?: string
  name?: string
  label?: string
}

export interface ModdleReference {
  href?: string
}

export interface ModdleInformationItem extends ModdleNode {
  typeRef?: string
}

export interface ModdleLiteralExpression extends ModdleNode {
  text?: string
  typeRef?: string
  expressionLanguage?: string
}

export interface ModdleUnaryTests extends ModdleNode {
  text?: string
}

export interface ModdleInputClause extends ModdleNode {
  inputExpression?: ModdleLiteralExpression
  inputValues?: ModdleUnaryTests
}

export interface ModdleOutputClause extends ModdleNode {
  typeRef?: string
  outputValues?: ModdleUnaryTests
  defaultOutputEntry?: ModdleLiteralExpression
}

export interface ModdleRule extends ModdleNode {
  inputEntry?: ModdleUnaryTests[]
  outputEntry?: ModdleLiteralExpression[]
}

export interface ModdleDecisionTable extends ModdleNode {
  hitPolicy?: string
  aggregation?: string
  typeRef?: string
  input?: ModdleInputClause[]
  output?: ModdleOutputClause[]
  rule?: ModdleRule[]
}

export interface ModdleContextEntry extends ModdleNode {
  variable?: ModdleInformationItem
  value?: ModdleExpression
}

export interface ModdleBinding extends ModdleNode {
  parameter?: ModdleInformationItem
  bindingFormula?: ModdleExpression
}

/** Any boxed expression; which properties are set depends on `$type`. */
export interface ModdleExpression extends ModdleNode {
  typeRef?: string
  // dmn:LiteralExpression
  text?: string
  expressionLanguage?: string
  // dmn:DecisionTable
  hitPolicy?: string
  aggregation?: string
  input?: ModdleInputClause[]
  output?: ModdleOutputClause[]
  rule?: ModdleRule[]
  // dmn:Context
  contextEntry?: ModdleContextEntry[]
  // dmn:List
  elements?: ModdleExpression[]
  // dmn:Relation
  column?: ModdleInformationItem[]
  row?: ModdleExpression[]
  // dmn:Invocation
  calledFunction?: ModdleExpression
  binding?: ModdleBinding[]
  // dmn:FunctionDefinition
  formalParameter?: ModdleInformationItem[]
  body?: ModdleExpression
  kind?: string
}

export interface ModdleRequirement extends ModdleNode {
  requiredDecision?: ModdleReference
  requiredInput?: ModdleReference
  requiredKnowledge?: ModdleReference
}

export interface ModdleDrgElement extends ModdleNode {
  variable?: ModdleInformationItem
  informationRequirement?: ModdleRequirement[]
  knowledgeRequirement?: ModdleRequirement[]
  // dmn:Decision
  decisionLogic?: ModdleExpression
  // dmn:BusinessKnowledgeModel
  encapsulatedLogic?: ModdleExpression
  // dmn:DecisionService
  outputDecision?: ModdleReference[]
  encapsulatedDecision?: ModdleReference[]
  inputDecision?: ModdleReference[]
  inputData?: ModdleReference[]
}

export interface ModdleItemDefinition extends ModdleNode {
  typeRef?: string
  isCollection?: boolean
  allowedValues?: ModdleUnaryTests
  typeConstraint?: ModdleUnaryTests
  itemComponent?: ModdleItemDefinition[]
  functionItem?: ModdleNode & { outputTypeRef?: string; parameters?: ModdleInformationItem[] }
}

export interface ModdleImport extends ModdleNode {
  namespace?: string
  importType?: string
}

export interface ModdleDefinitions extends ModdleNode {
  namespace?: string
  drgElement?: ModdleDrgElement[]
  itemDefinition?: ModdleItemDefinition[]
  import?: ModdleImport[]
}
