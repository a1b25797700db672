/**
 * A small XML reader for the TCK's test files (`testCases` documents, which `parseDmn` cannot
 * read) and for DMN 1.4/1.5 boxed expressions that dmn-moddle (DMN 1.3) drops. Run it on DMN only
 * after `parseDmn` accepted the text: its hostile-XML gate bounds size and depth. Supports elements,
 * attributes, namespaces (by prefix), text, CDATA, comments, processing instructions and the
 * predefined and numeric character references; rejects DOCTYPE declarations (no entity expansion).
 */
export interface XmlElement {
  /** Name without prefix, e.g. `testCase` for `tc:testCase`. */
  local: string
  /** Namespace URI of the element, '' when none is declared. */
  namespace: string
  /** Attributes by their name as written (`name`, `xsi:type`). */
  attributes: Record<string, string>
  children: XmlElement[]
  /** Concatenated character data directly inside this element. */
  text: string
}

export class XmlSyntaxError extends Error {}

export function parseXml(source: string): XmlElement {
  const reader = new Reader(source)
  return reader.document()
}

export function childElements(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local)
}

export function childElement(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local)
}

/** Value of an attribute by local name (`type` finds `xsi:type`). */
export function attributeByLocalName(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name === local || name.endsWith(`:${local}`)) return value
  }
  return undefined
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

class Reader {
  private position = 0

  constructor(private readonly source: string) {}

  document(): XmlElement {
    this.skipMisc()
    if (this.source.startsWith('<!DOCTYPE', this.position)) {
      throw new XmlSyntaxError('DOCTYPE declarations are not accepted')
    }
    const root = this.element(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]))
    this.skipMisc()
    if (this.position < this.source.length) this.fail('content after the root element')
    return root
  }

  private element(outer: ReadonlyMap<string, string>): XmlElement {
    this.expect('<')
    const qualified = this.name()
    const attributes: Record<string, string> = {}
    for (;;) {
      this.skipSpace()
      const next = this.source[this.position]
      if (next === '>' || next === '/') break
      const name = this.name()
      this.skipSpace()
      this.expect('=')
      this.skipSpace()
      attributes[name] = this.quoted()
    }
    const namespaces = new Map(outer)
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'xmlns') namespaces.set('', value)
      else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value)
    }
    const colon = qualified.indexOf(':')
    const prefix = colon === -1 ? '' : qualified.slice(0, colon)
    const element: XmlElement = {
      local: colon === -1 ? qualified : qualified.slice(colon + 1),
      namespace: namespaces.get(prefix) ?? '',
      attributes,
      children: [],
      text: '',
    }
    if (this.source.startsWith('/>', this.position)) {
      this.position += 2
      return element
    }
    this.expect('>')
    this.content(element, namespaces)
    this.expect('</')
    const closing = this.name()
    if (closing !== qualified) this.fail(`</${closing}> closes <${qualified}>`)
    this.skipSpace()
    this.expect('>')
    return element
  }

  private content(element: XmlElement, namespaces: ReadonlyMap<string, string>): void {
    const { source } = this
    for (;;) {
      const lt = source.indexOf('<', this.position)
      if (lt === -1) this.fail(`<${element.local}> is not closed`)
      element.text += decode(source.slice(this.position, lt))
      this.position = lt
      if (source.startsWith('</', lt)) return
      if (source.startsWith('<!--', lt)) this.skipPast('-->')
      else if (source.startsWith('<?', lt)) this.skipPast('?>')
      else if (source.startsWith('<![CDATA[', lt)) {
        const end = source.indexOf(']]>', lt)
        if (end === -1) this.fail('unterminated CDATA section')
        element.text += source.slice(lt + 9, end)
        this.position = end + 3
      } else element.children.push(this.element(namespaces))
    }
  }

  private skipMisc(): void {
    for (;;) {
      this.skipSpace()
      if (this.source.startsWith('<?', this.position)) this.skipPast('?>')
      else if (this.source.startsWith('<!--', this.position)) this.skipPast('-->')
      else return
    }
  }

  private skipPast(terminator: string): void {
    const end = this.source.indexOf(terminator, this.position)
    if (end === -1) this.fail(`missing ${terminator}`)
    this.position = end + terminator.length
  }

  private skipSpace(): void {
    while (/\s/.test(this.source[this.position] ?? '')) this.position++
  }

  private name(): string {
    NAME.lastIndex = this.position
    const match = NAME.exec(this.source)
    if (!match) this.fail('a name was expected')
    this.position += match[0].length
    return match[0]
  }

  private quoted(): string {
    const quote = this.source[this.position]
    if (quote !== '"' && quote !== "'") this.fail('a quoted attribute value was expected')
    const end = this.source.indexOf(quote, this.position + 1)
    if (end === -1) this.fail('unterminated attribute value')
    const value = decode(this.source.slice(this.position + 1, end))
    this.position = end + 1
    return value
  }

  private expect(token: string): void {
    if (!this.source.startsWith(token, this.position)) this.fail(`"${token}" was expected`)
    this.position += token.length
  }

  private fail(reason: string): never {
    const before = this.source.slice(0, this.position)
    const line = before.split('\n').length
    const column = this.position - before.lastIndexOf('\n')
    throw new XmlSyntaxError(`XML error at ${line}:${column}: ${reason}`)
  }
}

function decode(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return ENTITIES[entity] ?? whole
  })
}
