import { describe, expect, it } from 'vitest'
import {
  GEBUEHREN_COLLECT_SUM,
  HUNDESTEUER,
  ZUSTAENDIGKEIT_FIRST,
} from './__fixtures__/dmnExamples'
import { readDmnFacts } from './dmnFacts'
import { parseDmn } from './parseDmn'
import { serializeDmn } from './serializeDmn'

async function roundTrip(xml: string) {
  const first = await parseDmn(xml)
  if (!first.definitions) throw new Error('not parsed')
  const written = await serializeDmn(first.definitions)
  const second = await parseDmn(written)
  return { first, written, second }
}

describe('serializeDmn', () => {
  it.each([HUNDESTEUER, ZUSTAENDIGKEIT_FIRST, GEBUEHREN_COLLECT_SUM])(
    'writes DMN 1.3 that reads back to the same facts (#%#)',
    async (xml) => {
      const { first, written, second } = await roundTrip(xml)
      expect(written.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
      expect(written).toContain('xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"')
      expect(second.problems).toEqual([])
      expect(readDmnFacts(second.definitions ?? { $type: 'dmn:Definitions' })).toEqual(
        readDmnFacts(first.definitions ?? { $type: 'dmn:Definitions' })
      )
    }
  )

  it('keeps rule cells, requirements, diagram shapes and escaping', async () => {
    const { written } = await roundTrip(HUNDESTEUER)
    expect(written).toContain('<text>&gt;= 2</text>')
    expect(written).toContain('<requiredInput href="#Input_Anzahl" />')
    expect(written).toContain('<requiredAuthority href="#Source_Satzung" />')
    expect(written).toContain('dmnElementRef="Source_Satzung"')
    // UNIQUE is the DMN default; moddle leaves default values out, which means the same.
    expect(written).not.toContain('hitPolicy=')
    expect((await roundTrip(ZUSTAENDIGKEIT_FIRST)).written).toContain('hitPolicy="FIRST"')
  })

  it('writes a DMN 1.5 model as DMN 1.3', async () => {
    const xml = ZUSTAENDIGKEIT_FIRST.replace(
      'https://www.omg.org/spec/DMN/20191111/MODEL/',
      'https://www.omg.org/spec/DMN/20230324/MODEL/'
    )
    const { written, second } = await roundTrip(xml)
    expect(written).not.toContain('20230324')
    expect(second.version).toBe('1.3')
  })

  it('keeps attributes of foreign namespaces', async () => {
    const xml = ZUSTAENDIGKEIT_FIRST.replace(
      'id="Definitions_Test"',
      'xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Test"'
    ).replace('<input id="In_Ort"', '<input id="In_Ort" camunda:inputVariable="ort"')
    const { written } = await roundTrip(xml)
    expect(written).toContain('camunda:inputVariable="ort"')
  })
})
