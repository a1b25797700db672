import type { Problem } from '../problem'
import type { XmlLimits } from './limits'

export interface XmlScanStats {
  /** UTF-8 size of the text. */
  bytes: number
  /** Elements seen (up to the first fatal problem). */
  elements: number
  /** Deepest nesting seen; the root element is depth 1. */
  maxDepth: number
}

export interface XmlScanResult {
  problems: Problem[]
  stats: XmlScanStats
}

export interface ScannedAttribute {
  /** Qualified name as written, e.g. `id` or `bauplan:baustein`. */
  name: string
  /** Value with predefined entity and character references replaced. */
  value: string
  /** Offset of the attribute name in the text. */
  offset: number
}

export interface ScannedStartTag {
  /** Qualified name as written, e.g. `bpmn:task`. */
  name: string
  /** Offset of the `<` that opens the tag. */
  offset: number
  /** The root element is depth 1. */
  depth: number
  attributes: readonly ScannedAttribute[]
}

export interface XmlScanOptions {
  /** Defaults to XML_LIMITS; smaller limits keep tests of the limits fast. */
  limits?: XmlLimits
  /** Called for every start tag, so callers can index elements (e.g. id → line/column) in the same pass. */
  onStartTag?: (tag: ScannedStartTag) => void
}
