import { escapeXmlAttribute, escapeXmlText } from '../parts/xml/xmlTree'

/** A tiny builder for the XProzess message: elements with text, attributes and children, indented. */
export interface Node {
  name: string
  attributes?: Array<[string, string]>
  text?: string
  children?: Array<Node | undefined>
}

/** An element, or nothing when `text` is undefined or empty: optional fields simply disappear. */
export function leaf(name: string, text: string | number | boolean | undefined): Node | undefined {
  if (text === undefined || text === '') return undefined
  return { name, text: String(text) }
}

export function branch(
  name: string,
  children: Array<Node | undefined>,
  attributes?: Array<[string, string]>
): Node | undefined {
  const present = children.filter((child): child is Node => child !== undefined)
  if (present.length === 0) return undefined
  return { name, children: present, ...(attributes ? { attributes } : {}) }
}

export function writeXml(root: Node): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`
}

function write(node: Node, indent: string): string {
  const attributes = (node.attributes ?? [])
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('')
  const children = (node.children ?? []).filter((child): child is Node => child !== undefined)
  if (children.length > 0) {
    const inner = children.map((child) => write(child, `${indent}  `)).join('\n')
    return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`
  }
  if (node.text !== undefined) {
    return `${indent}<${node.name}${attributes}>${escapeXmlText(node.text)}</${node.name}>`
  }
  return `${indent}<${node.name}${attributes} />`
}
