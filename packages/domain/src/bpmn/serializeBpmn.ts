import { bpmnModdle } from './bpmnModdle'
import type { ModdleElement } from './moddleElement'

/**
 * Writes a model back to BPMN 2.0 XML, indented, with an XML declaration. The bauplan attributes
 * on call activities are written with the `bauplan` prefix.
 */
export async function serializeBpmn(definitions: ModdleElement): Promise<string> {
  const { xml } = await bpmnModdle().toXML(definitions, { format: true })
  return xml
}
