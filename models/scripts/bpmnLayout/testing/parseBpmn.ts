/**
 * Parses BPMN XML with bpmn-moddle for the generator's tests.
 *
 * WHY the detour: bpmn-moddle is a dependency of @bauplan/domain but not (yet) of @bauplan/models,
 * so a plain `import 'bpmn-moddle'` does not resolve from models/. We resolve it from the domain
 * package instead. Once models/package.json lists bpmn-moddle as a devDependency, replace this with
 * `import { BpmnModdle } from 'bpmn-moddle'`.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

export interface ModdleElement {
  $type: string
  id?: string
  name?: string
  $attrs?: Record<string, string>
  [key: string]: unknown
}

export interface ParseResult {
  rootElement: ModdleElement
  warnings: { message: string }[]
  elementsById: Record<string, ModdleElement>
}

interface Moddle {
  fromXML(xml: string): Promise<ParseResult>
}

const requireFromDomain = createRequire(
  new URL('../../../../packages/domain/package.json', import.meta.url)
)

export async function parseBpmn(xml: string): Promise<ParseResult> {
  const url = pathToFileURL(requireFromDomain.resolve('bpmn-moddle')).href
  const { BpmnModdle } = (await import(url)) as { BpmnModdle: new () => Moddle }
  return new BpmnModdle().fromXML(xml)
}
