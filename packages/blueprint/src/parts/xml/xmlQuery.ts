import type { XmlElement, XmlNode } from './xmlTree'

export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

export function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.find(([key]) => key === name)?.[1]
}

export function setAttribute(element: XmlElement, name: string, value: string): void {
  const existing = element.attributes.find(([key]) => key === name)
  if (existing) existing[1] = value
  else element.attributes.push([name, value])
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string')
}

/** Every element below (and including) `root`, document order. */
export function descendants(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (element: XmlElement) => {
    found.push(element)
    for (const child of childElements(element)) walk(child)
  }
  walk(root)
  return found
}

export function textContent(element: XmlElement): string {
  return element.children
    .map((child: XmlNode) => (typeof child === 'string' ? child : textContent(child)))
    .join('')
}

/** The prefix the document uses for a namespace URI (`''` for the default namespace), if declared on the root. */
export function prefixFor(root: XmlElement, uri: string): string | undefined {
  for (const [name, value] of root.attributes) {
    if (value !== uri) continue
    if (name === 'xmlns') return ''
    if (name.startsWith('xmlns:')) return name.slice(6)
  }
  return undefined
}

export function qualified(prefix: string, local: string): string {
  return prefix === '' ? local : `${prefix}:${local}`
}

/** Whitespace that indents a child of `element`, taken from the file so inserted elements line up. */
export function childIndent(element: XmlElement): string {
  for (const child of element.children) {
    if (typeof child === 'string' && /^\s*\n[ \t]*$/.test(child)) {
      return child.slice(child.lastIndexOf('\n'))
    }
  }
  return '\n'
}

/** Inserts `child` as the first element child (after leading whitespace), indented like its siblings. */
export function prependChild(element: XmlElement, child: XmlElement): void {
  const indent = childIndent(element)
  if (element.children.length === 0) {
    const closingIndent = indent.length > 2 ? indent.slice(0, -2) : '\n'
    element.children.push(indent, child, closingIndent)
    return
  }
  element.children.unshift(indent, child)
}

export function element(
  name: string,
  attributes: Array<[string, string]> = [],
  children: XmlNode[] = []
): XmlElement {
  return { name, attributes, children }
}

/**
 * Adds `child` to the BPMN element's `extensionElements` (created where the schema wants it: after
 * any `documentation`, before everything else).
 */
export function addExtension(target: XmlElement, bpmnPrefix: string, child: XmlElement): void {
  const extensionName = qualified(bpmnPrefix, 'extensionElements')
  let extensions = childElements(target).find((candidate) => candidate.name === extensionName)
  if (!extensions) {
    extensions = element(extensionName)
    const documentationName = qualified(bpmnPrefix, 'documentation')
    const lastDocumentation = childElements(target)
      .filter((candidate) => candidate.name === documentationName)
      .pop()
    const indent = childIndent(target)
    if (lastDocumentation) {
      const at = target.children.indexOf(lastDocumentation) + 1
      target.children.splice(at, 0, indent, extensions)
    } else {
      prependChild(target, extensions)
    }
  }
  const inner = `${childIndent(target)}  `
  const closing = childIndent(target)
  // Rebuild the whitespace of the extensions block so every child sits on its own line.
  const existing = childElements(extensions)
  extensions.children = [...existing, child].flatMap((entry) => [inner, entry])
  extensions.children.push(closing)
}
