import { DmnModdle, type DmnModdleInstance, type ModdleWarning } from 'dmn-moddle'
import type { DmnDefinitions, ModdleElement } from './model'

/**
 * The one place that talks to dmn-moddle. Building the metamodel registry costs a few
 * milliseconds, so one instance is created on first use and shared: `fromXML` keeps no state
 * between calls.
 */
let instance: DmnModdleInstance | undefined

export function dmnModdle(): DmnModdleInstance {
  instance ??= new DmnModdle()
  return instance
}

/** Parses DMN 1.3 XML; throws when the root cannot be read as `dmn:Definitions`. */
export async function readDefinitions(
  xml: string
): Promise<{ root: ModdleElement; warnings: ModdleWarning[] }> {
  const result = await dmnModdle().fromXML(xml, 'dmn:Definitions')
  return { root: result.rootElement, warnings: result.warnings }
}

export async function writeDefinitions(definitions: DmnDefinitions): Promise<string> {
  const { xml } = await dmnModdle().toXML(definitions, { format: true, preamble: true })
  return xml
}
