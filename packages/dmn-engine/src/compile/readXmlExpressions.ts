import type { BoxedExpression, DecisionModel } from '../model'
import { childElement, childElements, parseXml, type XmlElement } from '../xml/readXml'

/**
 * dmn-moddle reads DMN 1.3, so the boxed expressions DMN 1.4 and 1.5 added (conditional, for,
 * every, some, filter) are dropped from the tree and a decision using one has no logic. Given the
 * model's XML, this reads those decisions' logic from the source instead.
 */
export function recoverNewerBoxedExpressions(model: DecisionModel, source: string): void {
  const missing = model.decisions.filter(
    (decision) =>
      decision.logic?.kind === 'unsupported' && decision.logic.element === 'no decision logic'
  )
  if (missing.length === 0) return
  const decisions = new Map<string, XmlElement>()
  collect(parseXml(source), decisions)
  for (const decision of missing) {
    const element = decisions.get(decision.id)
    const logic = element?.children.find((child) => EXPRESSIONS.has(child.local))
    if (logic) decision.logic = readXmlExpression(logic)
  }
}

const EXPRESSIONS = new Set([
  'literalExpression',
  'conditional',
  'for',
  'every',
  'some',
  'filter',
  'context',
  'list',
])

function collect(element: XmlElement, decisions: Map<string, XmlElement>): void {
  for (const child of element.children) {
    if (child.local === 'decision' && child.attributes.id !== undefined) {
      decisions.set(child.attributes.id, child)
    }
  }
}

export function readXmlExpression(element: XmlElement): BoxedExpression {
  const id = element.attributes.id
  const typeRef = element.attributes.typeRef
  const base = {
    ...(id !== undefined ? { id } : {}),
    ...(typeRef !== undefined ? { typeRef } : {}),
  }
  const part = (name: string): BoxedExpression => {
    const holder = childElement(element, name)
    const expression = holder?.children.find((child) => EXPRESSIONS.has(child.local))
    return expression
      ? readXmlExpression(expression)
      : { kind: 'unsupported', element: `<${name}> without an expression` }
  }
  switch (element.local) {
    case 'literalExpression':
      return { kind: 'literal', ...base, text: childElement(element, 'text')?.text ?? '' }
    case 'conditional':
      return {
        kind: 'conditional',
        ...base,
        condition: part('if'),
        then: part('then'),
        else: part('else'),
      }
    case 'for':
    case 'every':
    case 'some':
      return {
        kind: 'iterator',
        ...base,
        iterator: element.local,
        variable: element.attributes.iteratorVariable ?? '',
        in: part('in'),
        body: part(element.local === 'for' ? 'return' : 'satisfies'),
      }
    case 'filter':
      return { kind: 'filter', ...base, in: part('in'), match: part('match') }
    case 'list':
      return {
        kind: 'list',
        ...base,
        items: element.children
          .filter((child) => EXPRESSIONS.has(child.local))
          .map(readXmlExpression),
      }
    case 'context':
      return {
        kind: 'context',
        ...base,
        entries: childElements(element, 'contextEntry').map((entry) => {
          const variable = childElement(entry, 'variable')
          const value = entry.children.find((child) => EXPRESSIONS.has(child.local))
          return {
            ...(variable?.attributes.name !== undefined ? { name: variable.attributes.name } : {}),
            ...(variable?.attributes.typeRef !== undefined
              ? { typeRef: variable.attributes.typeRef }
              : {}),
            value: value
              ? readXmlExpression(value)
              : { kind: 'unsupported', element: 'context entry without a value' },
          }
        }),
      }
    default:
      return { kind: 'unsupported', ...base, element: `dmn:${element.local}` }
  }
}
