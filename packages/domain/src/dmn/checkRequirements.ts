import type { Problem } from '../problem'
import { cycleProblemsFor } from './requirementCycles'
import type { CheckContext } from './checkContext'
import {
  DRG_TYPES,
  type DmnDefinitions,
  type DmnDrgElement,
  type DmnElementReference,
  type ModdleElement,
} from './model'
import { describeElement } from './walkModel'

type Expected = readonly string[]

const DECISION: Expected = [DRG_TYPES.decision]
const INPUT: Expected = [DRG_TYPES.inputData]
const KNOWLEDGE: Expected = [DRG_TYPES.businessKnowledgeModel, DRG_TYPES.decisionService]
const AUTHORITY: Expected = [DRG_TYPES.knowledgeSource]

const TYPE_NAMES: Record<string, { de: string; en: string }> = {
  [DRG_TYPES.decision]: { de: 'Entscheidung', en: 'decision' },
  [DRG_TYPES.inputData]: { de: 'Eingabedaten', en: 'input data' },
  [DRG_TYPES.businessKnowledgeModel]: {
    de: 'Geschäftswissensmodell (BKM)',
    en: 'business knowledge model',
  },
  [DRG_TYPES.decisionService]: { de: 'Entscheidungsdienst', en: 'decision service' },
  [DRG_TYPES.knowledgeSource]: { de: 'Wissensquelle', en: 'knowledge source' },
}

interface Link {
  /** The requirement element (it has the id the DRD edge points to), or the owner for service lists. */
  holder: ModdleElement
  reference: DmnElementReference | undefined
  property: string
  expected: Expected
}

/**
 * Every requirement in the DRG (`href="#id"`) must point at an element of the right kind:
 * information requirements at decisions or input data, knowledge requirements at BKMs or decision
 * services, authority requirements at knowledge sources (or decisions/input data). moddle does not
 * resolve these hrefs, so an unchecked typo would silently drop an edge from the diagram and the
 * decision's inputs. References into imported models (`namespace#id`) cannot be checked here.
 */
export function checkRequirements(
  definitions: DmnDefinitions,
  byId: ReadonlyMap<string, ModdleElement>,
  context: CheckContext
): Problem[] {
  const problems: Problem[] = []
  const imported = new Set(
    (definitions.import ?? []).map((entry) => entry.namespace).filter(Boolean)
  )
  for (const element of definitions.drgElement ?? []) {
    for (const link of linksOf(element)) {
      const problem = checkLink(element, link, byId, imported, definitions.namespace, context)
      if (problem) problems.push(problem)
    }
  }
  problems.push(...cycleProblemsFor(definitions, context))
  return problems
}

function linksOf(element: DmnDrgElement): Link[] {
  const links: Link[] = []
  const add = (
    holder: ModdleElement,
    reference: DmnElementReference | undefined,
    property: string,
    expected: Expected
  ) => links.push({ holder, reference, property, expected })
  for (const requirement of element.informationRequirement ?? []) {
    if (requirement.requiredDecision)
      add(requirement, requirement.requiredDecision, 'requiredDecision', DECISION)
    else if (requirement.requiredInput)
      add(requirement, requirement.requiredInput, 'requiredInput', INPUT)
    else add(requirement, undefined, 'informationRequirement', [...DECISION, ...INPUT])
  }
  for (const requirement of element.knowledgeRequirement ?? []) {
    add(requirement, requirement.requiredKnowledge, 'requiredKnowledge', KNOWLEDGE)
  }
  for (const requirement of element.authorityRequirement ?? []) {
    if (requirement.requiredDecision)
      add(requirement, requirement.requiredDecision, 'requiredDecision', DECISION)
    else if (requirement.requiredInput)
      add(requirement, requirement.requiredInput, 'requiredInput', INPUT)
    else add(requirement, requirement.requiredAuthority, 'requiredAuthority', AUTHORITY)
  }
  for (const property of ['outputDecision', 'encapsulatedDecision', 'inputDecision'] as const) {
    for (const reference of element[property] ?? []) add(element, reference, property, DECISION)
  }
  for (const reference of element.inputData ?? []) add(element, reference, 'inputData', INPUT)
  return links
}

function checkLink(
  owner: DmnDrgElement,
  link: Link,
  byId: ReadonlyMap<string, ModdleElement>,
  imported: ReadonlySet<string | undefined>,
  ownNamespace: string | undefined,
  context: CheckContext
): Problem | undefined {
  const who = describeElement(owner)
  const href = link.reference?.href?.trim() ?? ''
  const hash = href.indexOf('#')
  if (hash === -1) {
    return context.problem(
      'dmn.unresolvedRequirement',
      'error',
      link.holder.id !== undefined ? link.holder : owner,
      `${who.de}: Die Anforderung ${link.property} hat keinen gültigen Verweis (href="${href}"); erwartet wird href="#id".`,
      `${who.en}: the requirement ${link.property} has no valid reference (href="${href}"); expected href="#id".`
    )
  }
  const namespace = href.slice(0, hash)
  const id = href.slice(hash + 1)
  if (namespace !== '' && namespace !== ownNamespace) {
    if (imported.has(namespace)) return undefined
    return context.problem(
      'dmn.unresolvedRequirement',
      'error',
      link.holder.id !== undefined ? link.holder : owner,
      `${who.de}: Die Anforderung ${link.property} verweist auf „${href}“, aber der Namensraum „${namespace}“ ist nicht importiert.`,
      `${who.en}: the requirement ${link.property} refers to "${href}", but the namespace "${namespace}" is not imported.`
    )
  }
  const target = byId.get(id)
  const expectedDe = link.expected.map((type) => TYPE_NAMES[type]?.de ?? type).join(' oder ')
  const expectedEn = link.expected.map((type) => TYPE_NAMES[type]?.en ?? type).join(' or ')
  if (target === undefined) {
    return context.problem(
      'dmn.unresolvedRequirement',
      'error',
      link.holder.id !== undefined ? link.holder : owner,
      `${who.de}: Die Anforderung ${link.property} verweist auf „${id}“, aber ein Element mit dieser ID gibt es nicht (erwartet: ${expectedDe}).`,
      `${who.en}: the requirement ${link.property} refers to "${id}", but there is no element with that id (expected: ${expectedEn}).`
    )
  }
  if (!link.expected.includes(target.$type)) {
    const actual = TYPE_NAMES[target.$type] ?? { de: target.$type, en: target.$type }
    return context.problem(
      'dmn.requirementTypeMismatch',
      'error',
      link.holder.id !== undefined ? link.holder : owner,
      `${who.de}: Die Anforderung ${link.property} verweist auf „${id}“, eine ${actual.de}; erwartet wird: ${expectedDe}.`,
      `${who.en}: the requirement ${link.property} refers to "${id}", a ${actual.en}; expected: ${expectedEn}.`
    )
  }
  return undefined
}
