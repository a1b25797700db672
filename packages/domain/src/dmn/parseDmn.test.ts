import { describe, expect, it } from 'vitest'
import {
  DMN13,
  GEBUEHREN_COLLECT_SUM,
  HUNDESTEUER,
  ZUSTAENDIGKEIT_FIRST,
  dmn,
} from './__fixtures__/dmnExamples'
import { parseDmn } from './parseDmn'

describe('parseDmn', () => {
  it.each([
    ['UNIQUE table with DRD', HUNDESTEUER],
    ['FIRST table with two outputs', ZUSTAENDIGKEIT_FIRST],
    ['COLLECT+SUM table', GEBUEHREN_COLLECT_SUM],
  ])('reads a %s without problems', async (_, xml) => {
    const { definitions, problems, version } = await parseDmn(xml)
    expect(problems).toEqual([])
    expect(version).toBe('1.3')
    expect(definitions?.$type).toBe('dmn:Definitions')
    expect(definitions?.id).toBe('Definitions_Test')
  })

  it('runs the XML pre-scan first and refuses a DOCTYPE before any parser sees it', async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE definitions>\n<definitions xmlns="${DMN13}" id="d" />`
    const { definitions, problems } = await parseDmn(xml, { file: 'bad.dmn' })
    expect(definitions).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      code: 'xml.doctype',
      severity: 'error',
      file: 'bad.dmn',
      line: 2,
    })
  })

  it('reports malformed XML with its position', async () => {
    const { definitions, problems } = await parseDmn(
      `<definitions xmlns="${DMN13}" id="d">\n  <decision id="x">\n</definitions>`
    )
    expect(definitions).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]?.code).toMatch(/^xml\./)
    expect(problems[0]?.line).toBe(3)
  })

  it('refuses a document that is not DMN (dmn.notDmn) and says what it found', async () => {
    const bpmn = `<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" />`
    const { definitions, problems } = await parseDmn(bpmn, { file: 'x.dmn' })
    expect(definitions).toBeUndefined()
    expect(problems).toMatchObject([
      { code: 'dmn.notDmn', severity: 'error', file: 'x.dmn', line: 2, column: 1 },
    ])
    expect(problems[0]?.message.de).toContain('<bpmn:definitions>')
    expect(problems[0]?.message.en).toContain('http://www.omg.org/spec/BPMN/20100524/MODEL')
  })

  it('refuses a DMN element other than definitions as root', async () => {
    const { problems } = await parseDmn(`<decision xmlns="${DMN13}" id="d" />`)
    expect(problems.map((p) => p.code)).toEqual(['dmn.notDmn'])
  })

  it('refuses an unknown DMN version (dmn.unsupportedVersion)', async () => {
    const { problems } = await parseDmn(
      `<definitions xmlns="https://www.omg.org/spec/DMN/20990101/MODEL/" id="d" />`
    )
    expect(problems.map((p) => p.code)).toEqual(['dmn.unsupportedVersion'])
    expect(problems[0]?.message.en).toContain('20990101')
  })

  it('reads DMN 1.5 and 1.2 as DMN 1.3, with a warning that it will be saved as 1.3', async () => {
    for (const [namespace, version] of [
      ['https://www.omg.org/spec/DMN/20230324/MODEL/', '1.5'],
      ['http://www.omg.org/spec/DMN/20180521/MODEL/', '1.2'],
    ] as const) {
      const xml = ZUSTAENDIGKEIT_FIRST.replace(DMN13, namespace)
      const { definitions, problems, version: read } = await parseDmn(xml)
      expect(read).toBe(version)
      expect(problems.map((p) => [p.code, p.severity])).toEqual([
        ['dmn.versionConverted', 'warning'],
      ])
      expect(problems[0]?.message.en).toContain(`DMN ${version}`)
      expect(definitions?.drgElement?.[0]?.id).toBe('Decision_Zustaendigkeit')
    }
  })

  it('reports a duplicate id (dmn.duplicateId) at its second occurrence', async () => {
    const xml = dmn(`  <decision id="D1" name="A" />\n  <inputData id="D1" name="B" />`)
    const { definitions, problems } = await parseDmn(xml, { file: 'dup.dmn' })
    expect(definitions).toBeDefined()
    expect(problems).toMatchObject([
      {
        code: 'dmn.duplicateId',
        severity: 'error',
        elementId: 'D1',
        file: 'dup.dmn',
        line: 4,
        column: 14,
      },
    ])
    expect(problems[0]?.message.de).toContain('„D1“')
  })

  it('reports an unresolved diagram reference (dmn.unresolvedReference) on the shape', async () => {
    const xml = dmn(
      `  <decision id="D1" name="A" />`,
      `      <dmndi:DMNShape id="Shape_X" dmnElementRef="Gibt_es_nicht" />\n`
    )
    const { problems } = await parseDmn(xml)
    expect(problems).toMatchObject([
      { code: 'dmn.unresolvedReference', severity: 'error', elementId: 'Shape_X', line: 6 },
    ])
    expect(problems[0]?.message.en).toContain('"Gibt_es_nicht"')
  })

  it('warns about unknown elements and attributes, with position', async () => {
    const xml = dmn(
      `  <decision id="D1" name="A" zauber="ja">\n    <zauberformel />\n  </decision>`
    )
    const { problems } = await parseDmn(xml)
    expect(problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['dmn.unknownAttribute', 'warning', 3],
      ['dmn.unknownElement', 'warning', 4],
    ])
    expect(problems[1]?.column).toBe(5)
    expect(problems[1]?.message.de).toContain('<zauberformel')
  })

  it('reports an invalid id (dmn.invalidId) and other unreadable content (dmn.unparsableContent)', async () => {
    const xml = dmn(
      `  <decision id="1abc" name="A" />\n  <decision id="D2" name="B">Freitext</decision>`
    )
    const { problems } = await parseDmn(xml)
    expect(problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['dmn.invalidId', 'error', 3],
      ['dmn.unparsableContent', 'warning', 4],
    ])
    expect(problems[0]?.elementId).toBe('1abc')
    expect(problems[1]?.message.en).toContain('Freitext')
  })

  it('reads DMN 1.1 and 1.4 files too, saying that 1.1 has no diagram', async () => {
    const v11 = ZUSTAENDIGKEIT_FIRST.replace(DMN13, 'http://www.omg.org/spec/DMN/20151101/dmn.xsd')
    const read11 = await parseDmn(v11)
    expect(read11.version).toBe('1.1')
    expect(read11.problems.map((p) => p.code)).toEqual(['dmn.versionConverted'])
    expect(read11.problems[0]?.message.en).toContain('DMN 1.1 has no diagram interchange')
    const v14 = HUNDESTEUER.replace(DMN13, 'https://www.omg.org/spec/DMN/20211108/MODEL/')
    const read14 = await parseDmn(v14)
    expect(read14.version).toBe('1.4')
    expect(read14.problems.map((p) => p.code)).toEqual(['dmn.versionConverted'])
    expect(read14.definitions?.dmnDI?.diagrams?.[0]?.diagramElements).toHaveLength(6)
  })

  it('keeps line numbers exact for DMN 1.5 (same-length namespace)', async () => {
    const xml = dmn(`  <decision id="D1" name="A" />\n  <inputData id="D1" name="B" />`).replace(
      DMN13,
      'https://www.omg.org/spec/DMN/20230324/MODEL/'
    )
    const { problems } = await parseDmn(xml)
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['dmn.versionConverted', 2, 1],
      ['dmn.duplicateId', 4, 14],
    ])
  })
})
