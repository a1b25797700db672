import { describe, expect, it } from 'vitest'
import { parseXmlTree, serializeXmlTree, XmlReadError } from './xmlTree'
import { addExtension, attribute, childElements, setAttribute, textContent } from './xmlQuery'

describe('XML tree', () => {
  it('writes back what it read: attribute order, whitespace, text', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<a:root xmlns:a="urn:a" z="1" b="2">\n  <a:child id="x">Text &amp; mehr</a:child>\n  <a:empty />\n</a:root>\n'
    expect(serializeXmlTree(parseXmlTree(xml))).toBe(xml)
  })

  it('decodes entities and CDATA, and escapes again on the way out', () => {
    const root = parseXmlTree('<r a="&quot;x&quot; &lt; y&#10;z"><![CDATA[a < b]]>&#x41;&gt;</r>')
    expect(attribute(root, 'a')).toBe('"x" < y\nz')
    expect(textContent(root)).toBe('a < bA>')
    expect(serializeXmlTree(root)).toContain('<r a="&quot;x&quot; &lt; y&#10;z">a &lt; bA&gt;</r>')
  })

  it('drops comments and processing instructions', () => {
    const root = parseXmlTree('<!-- c --><r><!-- inner --><?pi x?><s/></r>')
    expect(childElements(root).map((child) => child.name)).toEqual(['s'])
  })

  it('refuses what the hostile-XML gate refuses, before reading', () => {
    expect(() => parseXmlTree('<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>')).toThrow(XmlReadError)
    expect(() => parseXmlTree('<r><s></r>')).toThrow(XmlReadError)
  })

  it('adds extension elements after the documentation, indented like their siblings', () => {
    const root = parseXmlTree(
      '<bpmn:task id="T">\n  <bpmn:documentation>Doku</bpmn:documentation>\n  <bpmn:incoming>F</bpmn:incoming>\n</bpmn:task>'
    )
    addExtension(root, 'bpmn', {
      name: 'zeebe:taskDefinition',
      attributes: [['type', 'x']],
      children: [],
    })
    setAttribute(root, 'name', 'Aufgabe')
    expect(serializeXmlTree(root)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:task id="T" name="Aufgabe">\n  <bpmn:documentation>Doku</bpmn:documentation>\n  <bpmn:extensionElements>\n    <zeebe:taskDefinition type="x" />\n  </bpmn:extensionElements>\n  <bpmn:incoming>F</bpmn:incoming>\n</bpmn:task>\n'
    )
  })
})
