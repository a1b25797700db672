import { parseXmlTree, type XmlElement } from '../parts/xml/xmlTree'
import { attribute, childElements, localName, textContent } from '../parts/xml/xmlQuery'

export interface DecisionTableView {
  id: string
  name: string
  description?: string
  hitPolicy: string
  aggregation?: string
  inputs: Array<{ label: string; expression: string; typeRef?: string }>
  outputs: Array<{ label: string; name?: string; typeRef?: string }>
  rules: Array<{ inputs: string[]; outputs: string[]; description?: string }>
  /** For decisions whose logic is not a table (e.g. a literal expression): its text. */
  expression?: string
}

/** The decisions of a DMN file as plain tables for the handbook, in document order. */
export function readDecisionTables(dmnXml: string): DecisionTableView[] {
  const root = parseXmlTree(dmnXml)
  return childElements(root)
    .filter((element) => localName(element.name) === 'decision')
    .map(decisionView)
}

const child = (element: XmlElement, name: string) =>
  childElements(element).find((candidate) => localName(candidate.name) === name)
const children = (element: XmlElement, name: string) =>
  childElements(element).filter((candidate) => localName(candidate.name) === name)
const textOf = (element: XmlElement | undefined) => {
  const text = element ? child(element, 'text') : undefined
  return text ? textContent(text).trim() : ''
}

function decisionView(decision: XmlElement): DecisionTableView {
  const id = attribute(decision, 'id') ?? ''
  const description = child(decision, 'description')
  const base = {
    id,
    name: attribute(decision, 'name') ?? id,
    ...(description ? { description: textContent(description).trim() } : {}),
  }
  const table = child(decision, 'decisionTable')
  if (!table) {
    const literal = child(decision, 'literalExpression')
    return {
      ...base,
      hitPolicy: '',
      inputs: [],
      outputs: [],
      rules: [],
      ...(literal ? { expression: textOf(literal) } : {}),
    }
  }
  const aggregation = attribute(table, 'aggregation')
  return {
    ...base,
    hitPolicy: attribute(table, 'hitPolicy') ?? 'UNIQUE',
    ...(aggregation ? { aggregation } : {}),
    inputs: children(table, 'input').map((input) => {
      const expression = child(input, 'inputExpression')
      const typeRef = expression ? attribute(expression, 'typeRef') : undefined
      return {
        label: attribute(input, 'label') ?? textOf(expression),
        expression: textOf(expression),
        ...(typeRef ? { typeRef } : {}),
      }
    }),
    outputs: children(table, 'output').map((output) => {
      const name = attribute(output, 'name')
      const typeRef = attribute(output, 'typeRef')
      return {
        label: attribute(output, 'label') ?? name ?? '',
        ...(name ? { name } : {}),
        ...(typeRef ? { typeRef } : {}),
      }
    }),
    rules: children(table, 'rule').map((rule) => {
      const ruleDescription = child(rule, 'description')
      return {
        inputs: children(rule, 'inputEntry').map((entry) => textOf(entry)),
        outputs: children(rule, 'outputEntry').map((entry) => textOf(entry)),
        ...(ruleDescription ? { description: textContent(ruleDescription).trim() } : {}),
      }
    }),
  }
}
