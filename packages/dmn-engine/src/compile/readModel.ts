import type {
  Aggregation,
  BoxedExpression,
  DecisionModel,
  HitPolicy,
  ItemDefinitionInfo,
} from '../model'
import type {
  ModdleDefinitions,
  ModdleDrgElement,
  ModdleExpression,
  ModdleItemDefinition,
  ModdleReference,
  ModdleRequirement,
} from './moddleShapes'

/** Reads a dmn-moddle `Definitions` tree into the engine's plain model (FEEL is not parsed yet). */
export function readModel(definitions: ModdleDefinitions): DecisionModel {
  const model: DecisionModel = {
    name: definitions.name ?? '',
    namespace: definitions.namespace ?? '',
    decisions: [],
    inputData: [],
    businessKnowledgeModels: [],
    decisionServices: [],
    itemDefinitions: (definitions.itemDefinition ?? []).map(readItemDefinition),
    problems: [],
  }
  const local = localReferences(definitions.namespace)
  for (const element of definitions.drgElement ?? []) {
    const id = element.id ?? element.name ?? ''
    const name = element.variable?.name ?? element.name ?? id
    switch (element.$type) {
      case 'dmn:Decision':
        model.decisions.push({
          id,
          name,
          ...optional('typeRef', element.variable?.typeRef),
          requiredDecisions: local(
            requirements(element.informationRequirement, 'requiredDecision')
          ),
          requiredInputs: local(requirements(element.informationRequirement, 'requiredInput')),
          requiredKnowledge: local(requirements(element.knowledgeRequirement, 'requiredKnowledge')),
          logic: element.decisionLogic
            ? readExpression(element.decisionLogic)
            : { kind: 'unsupported', element: 'no decision logic' },
        })
        break
      case 'dmn:InputData':
        model.inputData.push({ id, name, ...optional('typeRef', element.variable?.typeRef) })
        break
      case 'dmn:BusinessKnowledgeModel':
        model.businessKnowledgeModels.push({
          id,
          name,
          requiredKnowledge: local(requirements(element.knowledgeRequirement, 'requiredKnowledge')),
          ...(element.encapsulatedLogic
            ? { logic: readExpression(element.encapsulatedLogic) }
            : {}),
        })
        break
      case 'dmn:DecisionService':
        model.decisionServices.push(readDecisionService(element, id, name, local))
        break
      default:
        // Knowledge sources and other DRG elements carry no logic.
        break
    }
  }
  return model
}

function readDecisionService(
  element: ModdleDrgElement,
  id: string,
  name: string,
  local: (ids: string[]) => string[]
) {
  return {
    id,
    name,
    outputDecisions: local(hrefs(element.outputDecision)),
    encapsulatedDecisions: local(hrefs(element.encapsulatedDecision)),
    inputDecisions: local(hrefs(element.inputDecision)),
    inputData: local(hrefs(element.inputData)),
  }
}

/** `<own namespace>#id` is a reference into this model, like `#id` (DMN 1.3, 6.3.x). */
function localReferences(namespace: string | undefined): (ids: string[]) => string[] {
  const prefix = namespace === undefined ? undefined : `${namespace}#`
  return (ids) =>
    ids.map((id) => (prefix !== undefined && id.startsWith(prefix) ? id.slice(prefix.length) : id))
}

export function readExpression(expression: ModdleExpression): BoxedExpression {
  const base = { ...optional('id', expression.id), ...optional('typeRef', expression.typeRef) }
  switch (expression.$type) {
    case 'dmn:LiteralExpression':
      return { kind: 'literal', ...base, text: expression.text ?? '' }
    case 'dmn:DecisionTable':
      return {
        kind: 'decisionTable',
        ...base,
        hitPolicy: hitPolicy(expression.hitPolicy),
        ...optional('aggregation', aggregation(expression.aggregation)),
        inputs: (expression.input ?? []).map((input) => ({
          ...optional('id', input.id),
          ...optional('label', input.label),
          text: input.inputExpression?.text ?? '',
          ...optional('typeRef', input.inputExpression?.typeRef),
          ...optional('inputValues', input.inputValues?.text),
        })),
        outputs: (expression.output ?? []).map((output) => ({
          ...optional('id', output.id),
          ...optional('name', output.name),
          ...optional('label', output.label),
          ...optional('typeRef', output.typeRef),
          ...optional('outputValues', output.outputValues?.text),
          ...optional('defaultOutput', output.defaultOutputEntry?.text),
        })),
        rules: (expression.rule ?? []).map((rule) => ({
          ...optional('id', rule.id),
          inputEntries: (rule.inputEntry ?? []).map((entry) => entry.text ?? ''),
          outputEntries: (rule.outputEntry ?? []).map((entry) => entry.text ?? ''),
        })),
      }
    case 'dmn:Context':
      return {
        kind: 'context',
        ...base,
        entries: (expression.contextEntry ?? []).map((entry) => ({
          ...optional('name', entry.variable?.name),
          ...optional('typeRef', entry.variable?.typeRef),
          value: entry.value
            ? readExpression(entry.value)
            : { kind: 'unsupported', element: 'context entry without a value' },
        })),
      }
    case 'dmn:List':
      return { kind: 'list', ...base, items: (expression.elements ?? []).map(readExpression) }
    case 'dmn:Relation':
      return {
        kind: 'relation',
        ...base,
        columns: (expression.column ?? []).map((column) => ({
          name: column.name ?? '',
          ...optional('typeRef', column.typeRef),
        })),
        rows: (expression.row ?? []).map((row) => (row.elements ?? []).map(readExpression)),
      }
    case 'dmn:Invocation':
      return {
        kind: 'invocation',
        ...base,
        callee: expression.calledFunction?.text ?? '',
        bindings: (expression.binding ?? []).map((binding) => ({
          name: binding.parameter?.name ?? '',
          ...optional('typeRef', binding.parameter?.typeRef),
          ...(binding.bindingFormula ? { value: readExpression(binding.bindingFormula) } : {}),
        })),
      }
    case 'dmn:FunctionDefinition':
      return {
        kind: 'function',
        ...base,
        functionKind:
          expression.kind === 'Java' || expression.kind === 'PMML' ? expression.kind : 'FEEL',
        parameters: (expression.formalParameter ?? []).map((parameter) => ({
          name: parameter.name ?? '',
          ...optional('typeRef', parameter.typeRef),
        })),
        ...(expression.body ? { body: readExpression(expression.body) } : {}),
      }
    default:
      return { kind: 'unsupported', ...base, element: expression.$type }
  }
}

function readItemDefinition(item: ModdleItemDefinition): ItemDefinitionInfo {
  return {
    name: item.name ?? '',
    ...optional('typeRef', item.typeRef),
    isCollection: item.isCollection === true,
    ...optional('allowedValues', item.allowedValues?.text ?? item.typeConstraint?.text),
    components: (item.itemComponent ?? []).map(readItemDefinition),
    ...(item.functionItem ? { isFunction: true } : {}),
  }
}

const HIT_POLICIES: readonly HitPolicy[] = [
  'UNIQUE',
  'FIRST',
  'PRIORITY',
  'ANY',
  'COLLECT',
  'RULE ORDER',
  'OUTPUT ORDER',
]

function hitPolicy(value: string | undefined): HitPolicy {
  const normalized = (value ?? 'UNIQUE').toUpperCase().replace('_', ' ')
  return HIT_POLICIES.find((policy) => policy === normalized) ?? 'UNIQUE'
}

function aggregation(value: string | undefined): Aggregation | undefined {
  const normalized = value?.toUpperCase()
  return normalized === 'SUM' ||
    normalized === 'COUNT' ||
    normalized === 'MIN' ||
    normalized === 'MAX'
    ? normalized
    : undefined
}

function requirements(
  list: ModdleRequirement[] | undefined,
  kind: 'requiredDecision' | 'requiredInput' | 'requiredKnowledge'
): string[] {
  return hrefs((list ?? []).map((requirement) => requirement[kind]))
}

/** `#id` becomes `id`; a reference into another model keeps its namespace part. */
function hrefs(references: ReadonlyArray<ModdleReference | undefined> | undefined): string[] {
  const ids: string[] = []
  for (const reference of references ?? []) {
    const href = reference?.href
    if (href === undefined) continue
    ids.push(href.startsWith('#') ? href.slice(1) : href)
  }
  return ids
}

/** `{ key: value }` when the value is set, `{}` otherwise (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V })
}
