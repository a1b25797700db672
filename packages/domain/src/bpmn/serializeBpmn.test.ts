import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scanXml } from '../xml/scanXml'
import { bpmnModdle } from './bpmnModdle'
import { diSnapshot } from './diSnapshot'
import type { ModdleElement } from './moddleElement'
import { parseBpmn } from './parseBpmn'
import { readBpmnFacts } from './readBpmnFacts'
import { semanticSnapshot } from './semanticSnapshot'
import { serializeBpmn } from './serializeBpmn'

const fixture = readFileSync(
  new URL('./__fixtures__/gewerbe-anmelden.bpmn', import.meta.url),
  'utf8'
)

async function definitionsOf(xml: string): Promise<ModdleElement> {
  const { definitions, problems } = await parseBpmn(xml)
  expect(problems).toEqual([])
  if (!definitions) throw new Error('did not parse')
  return definitions
}

describe('serializeBpmn', () => {
  it('writes indented XML that passes the XML gate', async () => {
    const xml = await serializeBpmn(await definitionsOf(fixture))
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions')).toBe(true)
    expect(xml).toContain('\n  <bpmn:collaboration id="Collaboration_1">\n    <bpmn:participant')
    expect(scanXml(xml).problems).toEqual([])
  })

  it('keeps the bauplan attributes of a call activity through a round trip', async () => {
    const xml = await serializeBpmn(await definitionsOf(fixture))
    expect(xml).toContain('xmlns:bauplan="urn:bauplan:bpmn:1"')
    expect(xml).toContain('bauplan:baustein="urn:bauplan:baustein:sn:identitaet-pruefen"')
    expect(xml).toContain('bauplan:version="^1.0.0"')
    const again = await definitionsOf(xml)
    expect(readBpmnFacts(again).callActivities).toEqual(
      readBpmnFacts(await definitionsOf(fixture)).callActivities
    )
  })

  it('loses nothing of meaning or drawing in a round trip', async () => {
    const before = await definitionsOf(fixture)
    const after = await definitionsOf(await serializeBpmn(before))
    expect(semanticSnapshot(after)).toStrictEqual(semanticSnapshot(before))
    expect(diSnapshot(after)).toStrictEqual(diSnapshot(before))
    expect(readBpmnFacts(after)).toStrictEqual(readBpmnFacts(before))
  })

  it('declares the bauplan namespace for a call activity built in code', async () => {
    const moddle = bpmnModdle()
    const call = moddle.create('bpmn:CallActivity', {
      id: 'Activity_Neu',
      calledElement: 'Process_Bezahlen',
      baustein: 'urn:bauplan:baustein:bund:bezahlen',
      version: '~2.1.0',
    })
    const process = moddle.create('bpmn:Process', { id: 'P', flowElements: [call] })
    const definitions = moddle.create('bpmn:Definitions', {
      id: 'D',
      targetNamespace: 'urn:x',
      rootElements: [process],
    })
    const xml = await serializeBpmn(definitions)
    expect(xml).toContain('xmlns:bauplan="urn:bauplan:bpmn:1"')
    expect(xml).toContain(
      '<bpmn:callActivity id="Activity_Neu" calledElement="Process_Bezahlen" bauplan:baustein="urn:bauplan:baustein:bund:bezahlen" bauplan:version="~2.1.0" />'
    )
    expect(readBpmnFacts(await definitionsOf(xml)).callActivities).toEqual([
      {
        id: 'Activity_Neu',
        calledElement: 'Process_Bezahlen',
        bausteinRef: { id: 'urn:bauplan:baustein:bund:bezahlen', versionRange: '~2.1.0' },
      },
    ])
  })
})
