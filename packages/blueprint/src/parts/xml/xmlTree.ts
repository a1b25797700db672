import { scanXml } from '@bauplan/domain'

/**
 * A small synchronous XML tree for BPMN and DMN files that have already passed the domain checks
 * (published versions always have). Part exporters are synchronous and must not reformat what
 * they do not change, so they edit this tree and write it back: attribute order, text and
 * whitespace stay as they were. Comments and processing instructions are dropped; the XML
 * declaration is written anew.
 */
export interface XmlElement {
  name: string
  attributes: Array<[string, string]>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

export class XmlReadError extends Error {}

export function parseXmlTree(text: string): XmlElement {
  const gate = scanXml(text)
  const first = gate.problems[0]
  if (first) {
    throw new XmlReadError(`${first.message.de} / ${first.message.en}`)
  }
  const reader = new Reader(text)
  return reader.document()
}

/** An XML name at the reader's position (sticky: matches only there). */
const NAME = /[^\s/>=]+/y

class Reader {
  private position = 0
  constructor(private readonly text: string) {}

  document(): XmlElement {
    this.skipProlog()
    const root = this.element()
    return root
  }

  private skipProlog(): void {
    for (;;) {
      this.skipWhitespace()
      if (this.text.startsWith('<?', this.position)) this.skipPast('?>')
      else if (this.text.startsWith('<!--', this.position)) this.skipPast('-->')
      else return
    }
  }

  private element(): XmlElement {
    this.expect('<')
    const name = this.name()
    const attributes: Array<[string, string]> = []
    for (;;) {
      this.skipWhitespace()
      if (this.text.startsWith('/>', this.position)) {
        this.position += 2
        return { name, attributes, children: [] }
      }
      if (this.text[this.position] === '>') {
        this.position += 1
        break
      }
      const attributeName = this.name()
      this.skipWhitespace()
      this.expect('=')
      this.skipWhitespace()
      const quote = this.text[this.position]
      if (quote !== '"' && quote !== "'")
        throw new XmlReadError(`attribute ${attributeName}: quote expected`)
      const end = this.text.indexOf(quote, this.position + 1)
      attributes.push([attributeName, decodeEntities(this.text.slice(this.position + 1, end))])
      this.position = end + 1
    }
    const children: XmlNode[] = []
    for (;;) {
      if (this.text.startsWith('</', this.position)) {
        this.position += 2
        const closing = this.name()
        if (closing !== name) throw new XmlReadError(`</${closing}> closes <${name}>`)
        this.skipWhitespace()
        this.expect('>')
        return { name, attributes, children }
      }
      if (this.text.startsWith('<!--', this.position)) this.skipPast('-->')
      else if (this.text.startsWith('<?', this.position)) this.skipPast('?>')
      else if (this.text.startsWith('<![CDATA[', this.position)) {
        const end = this.text.indexOf(']]>', this.position)
        children.push(this.text.slice(this.position + 9, end))
        this.position = end + 3
      } else if (this.text[this.position] === '<') children.push(this.element())
      else {
        const end = this.text.indexOf('<', this.position)
        if (end < 0) throw new XmlReadError(`<${name}> is not closed`)
        children.push(decodeEntities(this.text.slice(this.position, end)))
        this.position = end
      }
    }
  }

  private name(): string {
    NAME.lastIndex = this.position
    const match = NAME.exec(this.text)
    if (!match) throw new XmlReadError(`name expected at ${this.position}`)
    this.position += match[0].length
    return match[0]
  }

  private expect(char: string): void {
    if (this.text[this.position] !== char)
      throw new XmlReadError(`"${char}" expected at ${this.position}`)
    this.position += 1
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.position)
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return
      this.position += 1
    }
  }

  private skipPast(end: string): void {
    const at = this.text.indexOf(end, this.position)
    if (at < 0) throw new XmlReadError(`"${end}" expected`)
    this.position = at + end.length
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return NAMED_ENTITIES[entity] ?? whole
  })
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
}

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char)
}

/** Attribute values also escape quotes and line breaks, which a parser would otherwise normalise away. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (char) => ESCAPES[char] ?? char)
}

/** Writes the tree back with an XML declaration; whitespace is as it was read (or as edits put it). */
export function serializeXmlTree(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root)}\n`
}

export function serializeElement(element: XmlElement): string {
  const attributes = element.attributes
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('')
  if (element.children.length === 0) return `<${element.name}${attributes} />`
  const children = element.children
    .map((child) => (typeof child === 'string' ? escapeXmlText(child) : serializeElement(child)))
    .join('')
  return `<${element.name}${attributes}>${children}</${element.name}>`
}
