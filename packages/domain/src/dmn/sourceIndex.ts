import type { Problem } from '../problem'
import { LineIndex, type TextPosition } from '../xml/position'
import { scanXmlText } from '../xml/scanner'
import type { ScannedStartTag } from '../xml/scanTypes'

/**
 * What the XML pre-scan tells about a DMN text besides "safe to parse": the root element (to
 * recognise the DMN version before moddle sees it) and where each id is written, so problems found
 * on the moddle tree can still name a line and column. Built in the scan's single pass.
 */
export interface DmnSource {
  /** Fatal problems of the pre-scan; when not empty, the text must not be parsed. */
  problems: Problem[]
  root?: ScannedStartTag
  /** Position of the n-th (0-based) `id="…"` attribute with this value. */
  positionOfId(id: string, occurrence?: number): TextPosition | undefined
  /** Position of a 0-based line/column pair as moddle reports it. */
  positionOfModdle(line: number, column: number): TextPosition
}

export function scanDmnSource(text: string): DmnSource {
  const idOffsets = new Map<string, number[]>()
  let root: ScannedStartTag | undefined
  const { problems } = scanXmlText(text, {
    onStartTag: (tag) => {
      if (tag.depth === 1) root = tag
      for (const attribute of tag.attributes) {
        if (attribute.name !== 'id') continue
        const offsets = idOffsets.get(attribute.value)
        if (offsets) offsets.push(attribute.offset)
        else idOffsets.set(attribute.value, [attribute.offset])
      }
    },
  })
  let lines: LineIndex | undefined
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(text))
  return {
    problems,
    ...(root !== undefined ? { root } : {}),
    positionOfId(id, occurrence = 0) {
      const offset = idOffsets.get(id)?.[occurrence]
      return offset === undefined ? undefined : lineIndex().positionAt(offset)
    },
    positionOfModdle(line, column) {
      return { line: line + 1, column: column + 1 }
    },
  }
}

/** Spreads a position into a problem only when it is known (exactOptionalPropertyTypes-friendly). */
export function at(position: TextPosition | undefined): { line?: number; column?: number } {
  return position ? { line: position.line, column: position.column } : {}
}
