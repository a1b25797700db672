import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../problem'
import { parseBpmn } from './parseBpmn'

const fixture = readFileSync(
  new URL('./__fixtures__/gewerbe-anmelden.bpmn', import.meta.url),
  'utf8'
)

/** 1-based line and column of the first occurrence of `needle` after `anchor`, found by plain search. */
function positionOf(text: string, anchor: string, needle = anchor) {
  const offset = text.indexOf(needle, text.indexOf(anchor))
  expect(offset).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function replaceOnce(text: string, search: string, replacement: string): string {
  expect(text.split(search)).toHaveLength(2)
  return text.replace(search, replacement)
}

function expectBilingual(problem: Problem | undefined, ...mentions: string[]) {
  expect(problem).toBeDefined()
  expect(problem?.message.de).not.toEqual(problem?.message.en)
  for (const mention of mentions) {
    expect(problem?.message.de).toContain(mention)
    expect(problem?.message.en).toContain(mention)
  }
}

describe('parseBpmn', () => {
  it('reads a valid collaboration with lanes without problems', async () => {
    const { definitions, problems } = await parseBpmn(fixture)
    expect(problems).toEqual([])
    expect(definitions?.$type).toBe('bpmn:Definitions')
    expect(definitions?.id).toBe('Definitions_GewerbeAnmelden')
  })

  it('keeps the bauplan attributes of a call activity', async () => {
    const { definitions } = await parseBpmn(fixture)
    const process = (definitions?.rootElements as { id: string; flowElements: unknown[] }[]).find(
      (root) => root.id === 'Process_GewerbeAnmelden'
    )
    const call = process?.flowElements.find(
      (element) => (element as { id: string }).id === 'Activity_IdentitaetPruefen'
    )
    expect(call).toMatchObject({
      $type: 'bpmn:CallActivity',
      calledElement: 'Process_IdentitaetPruefen',
      baustein: 'urn:bauplan:baustein:sn:identitaet-pruefen',
      version: '^1.0.0',
    })
  })

  it('refuses an empty string before bpmn-moddle runs', async () => {
    const result = await parseBpmn('')
    expect(result.definitions).toBeUndefined()
    expect(result.problems).toMatchObject([{ code: 'xml.empty', line: 1, column: 1 }])
  })

  it('stops at the XML gate: a billion-laughs BPMN never reaches the parser', async () => {
    const hostile = fixture.replace(
      '<bpmn:definitions',
      '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<bpmn:definitions'
    )
    const result = await parseBpmn(hostile)
    expect(result.definitions).toBeUndefined()
    expect(result.problems).toMatchObject([{ code: 'xml.entity', line: 2, column: 14 }])
  })

  it('refuses a DMN file as not BPMN', async () => {
    const dmn = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="x" namespace="urn:x"/>',
    ].join('\n')
    const result = await parseBpmn(dmn)
    expect(result.definitions).toBeUndefined()
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({
      code: 'bpmn.notBpmn',
      severity: 'error',
      line: 2,
      column: 1,
    })
    expectBilingual(
      result.problems[0],
      'https://www.omg.org/spec/DMN/20191111/MODEL/',
      'definitions'
    )
  })

  it('refuses an XHTML file and a look-alike prefix in a foreign namespace', async () => {
    const xhtml = await parseBpmn('<html xmlns="http://www.w3.org/1999/xhtml">\n<body/></html>')
    expect(xhtml.problems).toMatchObject([{ code: 'bpmn.notBpmn', line: 1, column: 1 }])
    expectBilingual(xhtml.problems[0], '<html>')
    const fake = await parseBpmn('<bpmn:definitions xmlns:bpmn="urn:not-bpmn" id="D"/>')
    expect(fake.problems).toMatchObject([{ code: 'bpmn.notBpmn', line: 1, column: 1 }])
  })

  it('reports a duplicate id at its second occurrence', async () => {
    const duplicated = replaceOnce(
      fixture,
      '    <bpmn:dataObject id="DataObject_Antrag" />',
      '    <bpmn:dataObject id="DataObject_Antrag" />\n    <bpmn:task id="Task_Erfassen" name="Doppelt" />'
    )
    const { problems } = await parseBpmn(duplicated)
    expect(problems).toHaveLength(1)
    const expected = positionOf(duplicated, '<bpmn:task id="Task_Erfassen" name="Doppelt"')
    expect(problems[0]).toMatchObject({
      code: 'bpmn.duplicateId',
      severity: 'error',
      elementId: 'Task_Erfassen',
      ...expected,
    })
    expectBilingual(problems[0], 'Task_Erfassen')
  })

  it('reports an id shared by a semantic element and a diagram element', async () => {
    const duplicated = replaceOnce(fixture, 'id="Flow_3_di"', 'id="Flow_3"')
    const { problems } = await parseBpmn(duplicated)
    expect(problems.map((problem) => problem.code)).toContain('bpmn.duplicateId')
    const duplicate = problems.find((problem) => problem.code === 'bpmn.duplicateId')
    expect(duplicate).toMatchObject({
      elementId: 'Flow_3',
      ...positionOf(duplicated, '<bpmndi:BPMNEdge id="Flow_3"'),
    })
  })

  it('reports a dangling sequenceFlow targetRef at the attribute', async () => {
    const dangling = replaceOnce(
      fixture,
      'id="Flow_3" sourceRef="Activity_AntragPruefen" targetRef="Gateway_Vollstaendig"',
      'id="Flow_3" sourceRef="Activity_AntragPruefen" targetRef="Gateway_Fehlt"'
    )
    const { definitions, problems } = await parseBpmn(dangling)
    expect(definitions).toBeDefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      code: 'bpmn.unresolvedReference',
      severity: 'error',
      elementId: 'Flow_3',
      ...positionOf(dangling, 'id="Flow_3"', 'targetRef='),
    })
    expectBilingual(problems[0], 'Flow_3', 'targetRef', 'Gateway_Fehlt')
  })

  it('warns about unknown elements and attributes, with position', async () => {
    const unknown = replaceOnce(
      replaceOnce(
        fixture,
        '<bpmn:userTask id="Activity_AntragPruefen"',
        '<bpmn:userTask id="Activity_AntragPruefen" bpmn:farbe="rot"'
      ),
      '    <bpmn:dataObject id="DataObject_Antrag" />',
      '    <bpmn:dataObject id="DataObject_Antrag" />\n    <bpmn:fooBar id="Foo_1" />'
    )
    const { problems } = await parseBpmn(unknown)
    expect(problems).toHaveLength(2)
    const attribute = problems.find((problem) => problem.code === 'bpmn.unknownAttribute')
    expect(attribute).toMatchObject({
      severity: 'warning',
      elementId: 'Activity_AntragPruefen',
      ...positionOf(unknown, 'bpmn:farbe'),
    })
    expectBilingual(attribute, 'bpmn:farbe', 'Activity_AntragPruefen')
    const element = problems.find((problem) => problem.code === 'bpmn.unknownElement')
    expect(element).toMatchObject({ severity: 'warning', ...positionOf(unknown, '<bpmn:fooBar') })
    expectBilingual(element, '<bpmn:fooBar>')
  })

  it('warns that a declared non-UTF-8 encoding is read as UTF-8', async () => {
    const latin = fixture.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    const { problems } = await parseBpmn(latin)
    expect(problems).toMatchObject([
      { code: 'bpmn.encoding', severity: 'warning', line: 1, column: 1 },
    ])
    expectBilingual(problems[0], 'ISO-8859-1')
  })

  it('reports an invalid id; moddle skips that element', async () => {
    const broken = replaceOnce(
      fixture,
      '<bpmn:dataObject id="DataObject_Antrag" />',
      '<bpmn:dataObject id="1-Antrag" />'
    )
    const { definitions, problems } = await parseBpmn(broken)
    expect(definitions).toBeDefined()
    expect(problems.map((problem) => problem.code)).toEqual([
      'bpmn.invalidId',
      'bpmn.unresolvedReference',
    ])
    expect(problems[0]).toMatchObject({
      severity: 'error',
      elementId: '1-Antrag',
      ...positionOf(broken, '<bpmn:dataObject id="1-Antrag"'),
    })
    expectBilingual(problems[0], '1-Antrag')
    // The reference to the skipped element can no longer resolve.
    expect(problems[1]).toMatchObject({ elementId: 'DataObjectReference_Antrag' })
  })
})
