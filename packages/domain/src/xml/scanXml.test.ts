import { describe, expect, it } from 'vitest'
import { XML_LIMITS } from './limits'
import { scanXml } from './scanXml'

/** Asserts exactly one problem with this code at this position, worded in both languages. */
function expectProblem(text: string, code: string, line: number, column: number, mention?: string) {
  const { problems } = scanXml(text)
  expect(problems).toHaveLength(1)
  const [problem] = problems
  expect(problem).toMatchObject({ code, severity: 'error', line, column })
  expect(problem?.message.de).not.toEqual(problem?.message.en)
  expect(problem?.message.de.length).toBeGreaterThan(20)
  expect(problem?.message.en.length).toBeGreaterThan(20)
  if (mention) {
    expect(problem?.message.de).toContain(mention)
    expect(problem?.message.en).toContain(mention)
  }
  return problem
}

describe('scanXml accepts well-formed XML', () => {
  it('passes a document with declaration, BOM, comments, PIs, CDATA and references', () => {
    const text = [
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- a comment with <tags> & ampersands -->',
      '<?editor hint="x"?>',
      '<root xmlns:a="urn:a" a:x=\'1\' b = "&lt;&amp;&#228;&#xE4;&quot;">',
      '  <a:child/>',
      '  <child>text &gt; more <![CDATA[ <not-a-tag> & ]]></child>',
      '  <!-- inner -->',
      '</root>',
      '<!-- trailing comment -->',
      '',
    ].join('\n')
    const result = scanXml(text)
    expect(result.problems).toEqual([])
    expect(result.stats).toEqual({
      bytes: new TextEncoder().encode(text).length,
      elements: 3,
      maxDepth: 2,
    })
  })

  it('counts UTF-8 bytes of umlauts and astral characters like TextEncoder does', () => {
    const text = '<r a="Identität 🏛">ß€</r>'
    expect(scanXml(text).stats.bytes).toBe(new TextEncoder().encode(text).length)
  })

  it('accepts exactly the limits', () => {
    const deep = '<a>'.repeat(XML_LIMITS.maxDepth) + '</a>'.repeat(XML_LIMITS.maxDepth)
    expect(scanXml(deep).problems).toEqual([])
    expect(scanXml(deep).stats.maxDepth).toBe(64)
    const wide = `<r>${'<e/>'.repeat(XML_LIMITS.maxElements - 1)}</r>`
    expect(scanXml(wide).problems).toEqual([])
    expect(scanXml(wide).stats.elements).toBe(20_000)
  })
})

describe('scanXml refuses hostile input', () => {
  it('refuses a DOCTYPE', () => {
    expectProblem('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html/>', 'xml.doctype', 2, 1, 'DOCTYPE')
  })

  it('refuses internal entity expansion (billion laughs) without expanding anything', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      '  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      '  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">',
      ']>',
      '<lolz>&lol2;</lolz>',
    ].join('\n')
    expectProblem(lol, 'xml.entity', 3, 3, 'lol')
  })

  it('refuses an external entity (XXE)', () => {
    const xxe = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>',
      '<foo>&xxe;</foo>',
    ].join('\n')
    expectProblem(xxe, 'xml.externalEntity', 2, 17, 'xxe')
  })

  it('refuses an external parameter entity', () => {
    const text = '<!DOCTYPE x [<!ENTITY % p PUBLIC "x" "http://evil/x.dtd"> %p;]><x/>'
    expectProblem(text, 'xml.externalEntity', 1, 14, '%p')
  })

  it('refuses a reference to an undeclared entity', () => {
    expectProblem('<r>\n  a &nbsp; b</r>', 'xml.entity', 2, 5, 'nbsp')
  })

  it('refuses 10 MiB + 1 byte', () => {
    const open = '<r>'
    const close = '</r>'
    const filler = ' '.repeat(XML_LIMITS.maxBytes + 1 - open.length - close.length)
    const text = open + filler + close
    const result = scanXml(text)
    expect(result.stats.bytes).toBe(10 * 1024 * 1024 + 1)
    expectProblem(text, 'xml.tooLarge', 1, 1, String(10 * 1024 * 1024))
  })

  it('measures size in UTF-8 bytes, not characters', () => {
    // 3.5 Mi three-byte characters are fewer than 10 Mi characters but more than 10 MiB.
    const text = `<r>${'€'.repeat(3.5 * 1024 * 1024)}</r>`
    expect(text.length).toBeLessThan(XML_LIMITS.maxBytes)
    expect(scanXml(text).problems[0]?.code).toBe('xml.tooLarge')
  })

  it('refuses 20,001 elements, pointing at the first one too many', () => {
    const text = `<r>\n${'<e/>'.repeat(XML_LIMITS.maxElements)}</r>`
    const problem = expectProblem(text, 'xml.tooManyElements', 2, 1 + 4 * 19_999, '20000')
    expect(problem?.code).toBe('xml.tooManyElements')
    expect(scanXml(text).stats.elements).toBe(20_001)
  })

  it('refuses nesting depth 65', () => {
    const text = '<a>\n'.repeat(65) + '</a>'.repeat(65)
    expectProblem(text, 'xml.tooDeep', 65, 1, '64')
  })
})

describe('scanXml refuses malformed XML', () => {
  it('refuses the empty string', () => {
    expectProblem('', 'xml.empty', 1, 1)
    expectProblem(' \n\t', 'xml.empty', 1, 1)
  })

  it('refuses a mismatched end tag, naming both tags', () => {
    const problem = expectProblem('<a>\n  <b>\n  </c>\n</a>', 'xml.malformed', 3, 3, '</c>')
    expect(problem?.message.en).toContain('<b> (line 2, column 3)')
    expect(problem?.message.de).toContain('<b> (Zeile 2, Spalte 3)')
  })

  it('refuses an unclosed tag', () => {
    // Closed too early: the end tag of the parent meets the still open child.
    expectProblem('<a>\n  <b>\n</a>', 'xml.malformed', 3, 1, '<b>')
    // Never closed: the problem points at the start tag of the open element.
    expectProblem('<a>\n  <b></b>', 'xml.malformed', 1, 1, '<a>')
  })

  it('refuses an end tag without start tag', () => {
    expectProblem('<a></a></b>', 'xml.malformed', 1, 8, '</b>')
  })

  it('refuses an unquoted attribute value', () => {
    expectProblem('<a>\n <b id=x1/></a>', 'xml.malformed', 2, 5, 'id')
  })

  it('refuses a duplicate attribute', () => {
    expectProblem('<a id="1"\n   name="x" id="2"/>', 'xml.malformed', 2, 13, 'id')
  })

  it('refuses attributes without whitespace between them', () => {
    expectProblem('<a x="1"y="2"/>', 'xml.malformed', 1, 9, '<a>')
  })

  it('refuses < in an attribute value', () => {
    expectProblem('<a x="1 < 2"/>', 'xml.malformed', 1, 9, 'x')
  })

  it('refuses text after the root element', () => {
    expectProblem('<a/>\n<!-- ok -->\n  oops', 'xml.malformed', 3, 3)
  })

  it('refuses a second root element', () => {
    expectProblem('<a/>\n<b/>', 'xml.malformed', 2, 1, '<b>')
  })

  it('refuses text before the root element', () => {
    expectProblem('hello <a/>', 'xml.malformed', 1, 1)
  })

  it('refuses a lone ampersand and bad character references', () => {
    expectProblem('<a>fish & chips</a>', 'xml.malformed', 1, 9, '&amp;')
    expectProblem('<a>&#0;</a>', 'xml.malformed', 1, 4)
    expectProblem('<a x="&#x110000;"/>', 'xml.malformed', 1, 7)
  })

  it('refuses control characters', () => {
    expectProblem('<a>\u0001</a>', 'xml.malformed', 1, 4, 'U+0001')
  })

  it('refuses an unclosed comment, CDATA section and attribute value', () => {
    expectProblem('<a><!-- never closed</a>', 'xml.malformed', 1, 4)
    expectProblem('<a><![CDATA[ never closed</a>', 'xml.malformed', 1, 4)
    expectProblem('<a x="never closed/>', 'xml.malformed', 1, 4, 'x')
  })

  it('refuses an unclosed processing instruction at its start', () => {
    expectProblem('<a>\n  <?target never closed</a>', 'xml.malformed', 2, 3, '?>')
  })

  it('refuses an XML declaration that is not at the very beginning', () => {
    expectProblem('\n<?xml version="1.0"?><a/>', 'xml.malformed', 2, 1, '<?xml')
  })

  it('counts CRLF and lone CR as one line break each', () => {
    expectProblem('<a>\r\n<b>\r</c></a>', 'xml.malformed', 3, 1, '</c>')
  })

  it('refuses a document without root element', () => {
    expectProblem('<!-- only a comment -->', 'xml.malformed', 1, 24)
  })
})
