import {
  attributeByLocalName,
  childElement,
  childElements,
  parseXml,
  type XmlElement,
} from '../xml/readXml'

/**
 * A TCK test file (`*-test-NN.xml`): the model it tests and its test cases with input values and
 * expected results, as the TCK's `testCases` schema writes them.
 */
export interface TckTestFile {
  modelName: string
  testCases: TckTestCase[]
}

export type TckInvocableType = 'decision' | 'bkm' | 'decisionService'

export interface TckTestCase {
  id: string
  description?: string
  type: TckInvocableType
  /** The BKM or decision service a `bkm`/`decisionService` test case invokes. */
  invocableName?: string
  inputs: Array<{ name: string; value: TckValue }>
  results: TckResultNode[]
}

export interface TckResultNode {
  name: string
  /** The model expects an error here; the result must then be null. */
  errorResult: boolean
  expected: TckValue
}

/** A value as the TCK writes it: typed text, a list, a context or nil. */
export type TckValue =
  | { kind: 'null' }
  | { kind: 'scalar'; xsdType: string; text: string }
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'context'; entries: Array<{ name: string; value: TckValue }> }

export function readTckTestFile(xml: string): TckTestFile {
  const root = parseXml(xml)
  if (root.local !== 'testCases') throw new Error(`not a TCK test file: <${root.local}>`)
  const modelName = childElement(root, 'modelName')?.text.trim() ?? ''
  return { modelName, testCases: childElements(root, 'testCase').map(readTestCase) }
}

function readTestCase(element: XmlElement, index: number): TckTestCase {
  const type = element.attributes.type ?? 'decision'
  if (type !== 'decision' && type !== 'bkm' && type !== 'decisionService') {
    throw new Error(`unknown test case type "${type}"`)
  }
  const description = childElement(element, 'description')?.text.trim()
  const invocableName = element.attributes.invocableName
  return {
    id: element.attributes.id ?? String(index + 1),
    ...(description ? { description } : {}),
    type,
    ...(invocableName !== undefined ? { invocableName } : {}),
    inputs: childElements(element, 'inputNode').map((input) => ({
      name: input.attributes.name ?? '',
      value: readValue(input),
    })),
    results: childElements(element, 'resultNode').map((result) => ({
      name: result.attributes.name ?? '',
      errorResult: result.attributes.errorResult === 'true',
      expected: readValue(childElement(result, 'expected') ?? result),
    })),
  }
}

/** Reads the value held by a valueType element (inputNode, expected, component, item). */
function readValue(holder: XmlElement): TckValue {
  if (isNil(holder)) return { kind: 'null' }
  const value = childElement(holder, 'value')
  if (value) {
    if (isNil(value)) return { kind: 'null' }
    const type = attributeByLocalName(value, 'type')
    const xsdType = type === undefined ? 'string' : type.slice(type.indexOf(':') + 1)
    return { kind: 'scalar', xsdType, text: value.text }
  }
  const list = childElement(holder, 'list')
  if (list) {
    if (isNil(list)) return { kind: 'null' }
    return { kind: 'list', items: childElements(list, 'item').map(readValue) }
  }
  const components = childElements(holder, 'component')
  if (components.length > 0) {
    return {
      kind: 'context',
      entries: components.map((component) => ({
        name: component.attributes.name ?? '',
        value: readValue(component),
      })),
    }
  }
  return { kind: 'null' }
}

function isNil(element: XmlElement): boolean {
  return attributeByLocalName(element, 'nil') === 'true'
}
