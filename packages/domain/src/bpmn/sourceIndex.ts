import { LineIndex, type TextPosition } from '../xml/position'
import type { ScannedStartTag } from '../xml/scanTypes'

interface ElementSource {
  offset: number
  /** Offsets of the element's attributes by local name (prefix removed), e.g. `targetRef`. */
  attributes: Map<string, number>
}

/**
 * Where elements stand in the XML text, by id, so problems found on the model (which has no
 * positions) can point at line and column. Fed from the scanner's start-tag events, so building it
 * costs no extra parse.
 */
export class SourceIndex {
  private readonly byId = new Map<string, ElementSource[]>()
  private lines: LineIndex | undefined

  constructor(private readonly text: string) {}

  /** Hand this to the scanner as `onStartTag`. */
  readonly record = (tag: ScannedStartTag): void => {
    const id = tag.attributes.find((attribute) => attribute.name === 'id')?.value
    if (id === undefined) return
    const attributes = new Map<string, number>()
    for (const attribute of tag.attributes)
      attributes.set(localName(attribute.name), attribute.offset)
    const sources = this.byId.get(id)
    const source = { offset: tag.offset, attributes }
    if (sources) sources.push(source)
    else this.byId.set(id, [source])
  }

  /** Position of the start tag of the `occurrence`-th element (0-based) with this id. */
  element(id: string | undefined, occurrence = 0): TextPosition | undefined {
    const source = id === undefined ? undefined : this.byId.get(id)?.[occurrence]
    return source ? this.positionAt(source.offset) : undefined
  }

  /** Position of an attribute (by local name) of the first element with this id, else of the element. */
  attribute(id: string | undefined, name: string): TextPosition | undefined {
    const source = id === undefined ? undefined : this.byId.get(id)?.[0]
    if (!source) return undefined
    return this.positionAt(source.attributes.get(localName(name)) ?? source.offset)
  }

  /** Whether the first element with this id has the attribute (by local name) in the text. */
  hasAttribute(id: string | undefined, name: string): boolean {
    const source = id === undefined ? undefined : this.byId.get(id)?.[0]
    return source?.attributes.has(localName(name)) ?? false
  }

  private positionAt(offset: number): TextPosition {
    this.lines ??= new LineIndex(this.text)
    return this.lines.positionAt(offset)
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':')
  return colon < 0 ? qualified : qualified.slice(colon + 1)
}
