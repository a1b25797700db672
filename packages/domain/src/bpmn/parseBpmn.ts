import type { Problem } from '../problem'
import { positionAt } from '../xml/position'
import { scanXmlText } from '../xml/scanner'
import type { ScannedStartTag } from '../xml/scanTypes'
import { bpmnModdle } from './bpmnModdle'
import { bpmnProblems, problemAt } from './bpmnProblems'
import type { ModdleElement } from './moddleElement'
import { ModdleWarningConverter, type ModdleWarning } from './moddleWarnings'
import { BPMN_MODEL_URI } from './namespaces'
import { SourceIndex } from './sourceIndex'

export interface ParsedBpmn {
  /** The `bpmn:Definitions` root, when the text could be read (even with problems). */
  definitions?: ModdleElement
  problems: Problem[]
}

/**
 * Reads a BPMN 2.0 XML text. The hostile-XML gate (`scanXml`) runs first and its problems end the
 * read: bpmn-moddle never sees a DTD, an entity or an oversized text. Then the root must be BPMN
 * `definitions`, and bpmn-moddle (with the bauplan extension) builds the model; its warnings become
 * Problems with line and column.
 */
export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  const source = new SourceIndex(xml)
  let root: ScannedStartTag | undefined
  const scan = scanXmlText(xml, {
    onStartTag: (tag) => {
      if (tag.depth === 1) root = tag
      source.record(tag)
    },
  })
  if (scan.problems.length > 0) return { problems: scan.problems }
  const notBpmn = root && checkRoot(xml, root)
  if (notBpmn) return { problems: [notBpmn] }

  const converter = new ModdleWarningConverter(source)
  try {
    const result = await bpmnModdle().fromXML(xml)
    return {
      definitions: result.rootElement,
      problems: result.warnings.map((warning) => converter.convert(warning)),
    }
  } catch (error) {
    // moddle rejects when the root itself cannot be read; the warnings it gathered say why.
    const { message, warnings } = error as { message?: string; warnings?: ModdleWarning[] }
    return {
      problems: [
        ...(warnings ?? []).map((warning) => converter.convert(warning)),
        problemAt(bpmnProblems.unparsable(message ?? String(error)), undefined),
      ],
    }
  }
}

/** The root must be `definitions` in the BPMN model namespace, whatever prefix the file uses. */
function checkRoot(xml: string, root: ScannedStartTag): Problem | undefined {
  const colon = root.name.indexOf(':')
  const prefix = colon < 0 ? '' : root.name.slice(0, colon)
  const local = colon < 0 ? root.name : root.name.slice(colon + 1)
  const declaration = prefix === '' ? 'xmlns' : `xmlns:${prefix}`
  const namespace = root.attributes.find((attribute) => attribute.name === declaration)?.value
  if (local === 'definitions' && namespace === BPMN_MODEL_URI) return undefined
  return problemAt(bpmnProblems.notBpmn(root.name, namespace), positionAt(xml, root.offset))
}
