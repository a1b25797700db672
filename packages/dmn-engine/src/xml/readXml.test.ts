import { describe, expect, it } from 'vitest'
import {
  attributeByLocalName,
  childElement,
  childElements,
  parseXml,
  XmlSyntaxError,
} from './readXml'

describe('parseXml', () => {
  it('reads elements, prefixed names, namespaces, attributes, text, CDATA and references', () => {
    const root = parseXml(`<?xml version="1.0"?>
      <!-- a comment -->
      <tc:testCases xmlns:tc="urn:tc" xmlns:xsi="urn:xsi">
        <tc:modelName>m.dmn</tc:modelName>
        <tc:value xsi:type='xsd:string'>a &lt; b &amp; &#x41;&#66;<![CDATA[ <raw> ]]></tc:value>
        <plain attr="1"/>
      </tc:testCases>`)
    expect(root.local).toBe('testCases')
    expect(root.namespace).toBe('urn:tc')
    expect(childElement(root, 'modelName')?.text).toBe('m.dmn')
    const value = childElement(root, 'value')!
    expect(value.text).toBe('a < b & AB <raw> ')
    expect(attributeByLocalName(value, 'type')).toBe('xsd:string')
    expect(childElements(root, 'plain')).toHaveLength(1)
    expect(childElement(root, 'plain')?.namespace).toBe('')
  })

  it('rejects DOCTYPE declarations, mismatched and unclosed tags with a position', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x/>')).toThrow(XmlSyntaxError)
    expect(() => parseXml('<a><b></a>')).toThrow(/1:\d+: <\/a> closes <b>/)
    expect(() => parseXml('<a>')).toThrow(/not closed/)
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/)
  })
})
