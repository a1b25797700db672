/**
 * A minimal XML writer: elements as plain objects, serialised with two-space indentation and
 * attributes in the order given, so the same spec always yields the same bytes.
 */

export interface XmlElement {
  name: string
  /** Attributes in output order; undefined values are left out. */
  attrs?: [string, string | number | boolean | undefined][]
  children?: XmlElement[]
  text?: string
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function el(
  name: string,
  attrs: XmlElement['attrs'] = [],
  children: XmlElement[] = [],
  text?: string
): XmlElement {
  return { name, attrs, children, text }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100)
}

function serialise(element: XmlElement, indent: string, out: string[]): void {
  const attrs = (element.attrs ?? [])
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? formatNumber(v) : String(v))}"`)
    .join('')
  const children = element.children ?? []
  if (element.text !== undefined) {
    out.push(`${indent}<${element.name}${attrs}>${escapeText(element.text)}</${element.name}>`)
  } else if (children.length === 0) {
    out.push(`${indent}<${element.name}${attrs} />`)
  } else {
    out.push(`${indent}<${element.name}${attrs}>`)
    for (const child of children) serialise(child, `${indent}  `, out)
    out.push(`${indent}</${element.name}>`)
  }
}

export function toXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>']
  serialise(root, '', out)
  return `${out.join('\n')}\n`
}
