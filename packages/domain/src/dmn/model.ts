import type { ModdleElement } from 'dmn-moddle'

/**
 * Typed views of the dmn-moddle elements this package reads. dmn-moddle builds its objects from a
 * metamodel at run time and ships no types, so these interfaces name only the properties we use
 * (DMN 1.3 names). Lists are `undefined` when the XML has no such child, never empty arrays.
 */
export type { ModdleElement }

export interface DmnPropertyDescriptor {
  name: string
  isReference?: boolean
  isMany?: boolean
}

/** A moddle element with its metamodel descriptor, which says which properties are references. */
export interface DescribedElement extends ModdleElement {
  readonly $descriptor?: {
    name: string
    propertiesByName?: Record<string, DmnPropertyDescriptor | undefined>
  }
}

/** `<requiredDecision href="#id"/>` and friends: references by href, which moddle does not resolve. */
export interface DmnElementReference extends ModdleElement {
  href?: string
}

export interface DmnInformationItem extends ModdleElement {
  name?: string
  typeRef?: string
}

export interface DmnLiteralExpression extends ModdleElement {
  text?: string
  typeRef?: string
}

export interface DmnInputClause extends ModdleElement {
  label?: string
  inputExpression?: DmnLiteralExpression
}

export interface DmnOutputClause extends ModdleElement {
  name?: string
  label?: string
  typeRef?: string
}

export interface DmnDecisionRule extends ModdleElement {
  inputEntry?: DmnLiteralExpression[]
  outputEntry?: DmnLiteralExpression[]
}

export interface DmnDecisionTable extends ModdleElement {
  hitPolicy?: string
  aggregation?: string
  input?: DmnInputClause[]
  output?: DmnOutputClause[]
  rule?: DmnDecisionRule[]
}

export interface DmnRequirement extends ModdleElement {
  requiredDecision?: DmnElementReference
  requiredInput?: DmnElementReference
  requiredKnowledge?: DmnElementReference
  requiredAuthority?: DmnElementReference
}

/** Decision, input data, business knowledge model, knowledge source or decision service. */
export interface DmnDrgElement extends ModdleElement {
  name?: string
  variable?: DmnInformationItem
  decisionLogic?: ModdleElement
  encapsulatedLogic?: ModdleElement
  informationRequirement?: DmnRequirement[]
  knowledgeRequirement?: DmnRequirement[]
  authorityRequirement?: DmnRequirement[]
  outputDecision?: DmnElementReference[]
  encapsulatedDecision?: DmnElementReference[]
  inputDecision?: DmnElementReference[]
  inputData?: DmnElementReference[]
}

export interface DmnDiagramElement extends ModdleElement {
  /** Resolved by moddle to the element itself (an unresolvable id is a parse warning). */
  dmnElementRef?: ModdleElement
}

export interface DmnDiagram extends ModdleElement {
  diagramElements?: DmnDiagramElement[]
}

export interface DmnImport extends ModdleElement {
  namespace?: string
}

export interface DmnDefinitions extends ModdleElement {
  name?: string
  namespace?: string
  import?: DmnImport[]
  drgElement?: DmnDrgElement[]
  artifact?: ModdleElement[]
  dmnDI?: ModdleElement & { diagrams?: DmnDiagram[] }
}

export const DRG_TYPES = {
  decision: 'dmn:Decision',
  inputData: 'dmn:InputData',
  businessKnowledgeModel: 'dmn:BusinessKnowledgeModel',
  knowledgeSource: 'dmn:KnowledgeSource',
  decisionService: 'dmn:DecisionService',
} as const
