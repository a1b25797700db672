import type { Problem } from '../problem'
import type { TextPosition } from '../xml/position'
import { bpmnProblems, problemAt } from './bpmnProblems'
import type { ModdleElement } from './moddleElement'
import type { SourceIndex } from './sourceIndex'

/** A warning as bpmn-moddle reports it while reading (lax mode turns most errors into warnings). */
export interface ModdleWarning {
  message: string
  element?: ModdleElement
  property?: string
  value?: unknown
  error?: Error
}

/**
 * Turns bpmn-moddle's warnings into Problems. moddle words them in English prose; the patterns
 * below are the ones moddle-xml 12 emits. Anything unrecognised is still reported (as a warning
 * with moddle's text) rather than dropped.
 */
export class ModdleWarningConverter {
  /** How many times each id was reported as duplicate so far: the n-th report is the (n+1)-th occurrence. */
  private readonly duplicates = new Map<string, number>()

  constructor(private readonly source: SourceIndex) {}

  convert(warning: ModdleWarning): Problem {
    const nested = warning.error?.message ?? ''
    const unresolved = /^unresolved reference <(.*)>$/.exec(warning.message)
    if (unresolved) {
      const elementId = warning.element?.id
      const property = localName(warning.property ?? '')
      const problem = bpmnProblems.unresolvedReference(elementId, property, unresolved[1] ?? '')
      return problemAt(problem, this.source.attribute(elementId, property))
    }
    const duplicate = /^duplicate ID <(.*)>$/.exec(nested)
    if (duplicate) {
      const id = duplicate[1] ?? ''
      const occurrence = (this.duplicates.get(id) ?? 0) + 1
      this.duplicates.set(id, occurrence)
      const position = this.source.element(id, occurrence) ?? moddlePosition(warning.message)
      return problemAt(bpmnProblems.duplicateId(id), position)
    }
    const illegal = /^illegal ID <(.*)>$/.exec(nested)
    if (illegal) {
      const id = illegal[1] ?? ''
      return problemAt(
        bpmnProblems.invalidId(id),
        this.source.element(id) ?? moddlePosition(warning.message)
      )
    }
    const unknownElement = /^(?:unknown type|unrecognized element|unexpected element) <(.*)>$/.exec(
      nested
    )
    if (unknownElement) {
      const tag =
        /^unparsable content <([^>\s]*)>/.exec(warning.message)?.[1] ?? unknownElement[1] ?? ''
      return problemAt(bpmnProblems.unknownElement(tag), moddlePosition(warning.message))
    }
    const unknownAttribute = /^unknown attribute <(.*)>$/.exec(warning.message)
    if (unknownAttribute) {
      const elementId = warning.element?.id
      const attribute = unknownAttribute[1] ?? ''
      const position = this.source.attribute(elementId, attribute)
      return problemAt(bpmnProblems.unknownAttribute(elementId, attribute), position)
    }
    const encoding = /^unsupported document encoding <(.*)>/.exec(warning.message)
    if (encoding) return problemAt(bpmnProblems.encoding(encoding[1] ?? ''), { line: 1, column: 1 })
    return problemAt(bpmnProblems.parseWarning(warning.message), moddlePosition(warning.message))
  }
}

/** moddle's `line: N column: M` in a warning text is 0-based; Problems are 1-based. */
function moddlePosition(message: string): TextPosition | undefined {
  const match = /line: (\d+)\s+column: (\d+)/.exec(message)
  if (!match) return undefined
  return { line: Number(match[1]) + 1, column: Number(match[2]) + 1 }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':')
  return colon < 0 ? qualified : qualified.slice(colon + 1)
}
