import { describe, expect, it } from 'vitest'
import { checkBausteinFolder } from './checkBausteinFolder'
import { bpmnText, BLOCK_ID, minimalFolder, withMetadata } from './__fixtures__/minimalFolder'

const errors = (problems: { severity: string; code: string }[]) =>
  problems.filter((p) => p.severity === 'error')

describe('checkBausteinFolder', () => {
  it('accepts a complete folder and returns metadata, facts, decision tests and references', async () => {
    const result = await checkBausteinFolder(minimalFolder())
    expect(errors(result.problems)).toEqual([])
    expect(result.metadata?.id).toBe(BLOCK_ID)
    expect(result.bpmn?.processes.map((p) => p.id)).toEqual(['Process_GebuehrFestsetzen'])
    expect(result.dmn.map((d) => d.file)).toEqual(['gebuehr.dmn'])
    expect(result.dmn[0]?.facts.decisions[0]?.id).toBe('Decision_Gebuehr')
    expect(result.decisionTests).toHaveLength(1)
    expect(result.references).toEqual([
      {
        id: 'urn:bauplan:baustein:test:identitaet-pruefen',
        versionRange: '^1.0.0',
        elementId: 'Activity_Identitaet',
      },
    ])
  })

  it('reports a missing baustein.json and still checks the models', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'baustein.json': undefined,
        'gebuehr.bpmn': bpmnText.replace('targetRef="End_1"', 'targetRef="End_X"'),
      })
    )
    const codes = result.problems.map((p) => p.code)
    expect(codes).toContain('folder.missingMetadata')
    const dangling = result.problems.find((p) => p.code === 'bpmn.unresolvedReference')
    expect(dangling?.file).toBe('gebuehr.bpmn')
    expect(dangling?.line).toBeGreaterThan(1)
  })

  it('names the metadata field when a model file it lists is missing', async () => {
    const result = await checkBausteinFolder(minimalFolder({ 'gebuehr.dmn': undefined }))
    const missing = result.problems.find((p) => p.code === 'folder.missingFile')
    expect(missing).toMatchObject({ file: 'baustein.json', pointer: '/artefakte/dmn/0/datei' })
    expect(missing?.message.de).toContain('gebuehr.dmn')
    expect(missing?.message.en).toContain('gebuehr.dmn')
  })

  it('refuses files the metadata does not name, and unsafe file names', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({ 'notizen.txt': 'x', '../evil.bpmn': 'x' })
    )
    expect(
      result.problems.filter((p) => p.code === 'folder.unexpectedFile').map((p) => p.file)
    ).toEqual(['notizen.txt'])
    expect(result.problems.find((p) => p.code === 'folder.invalidFileName')?.file).toBe(
      '../evil.bpmn'
    )
  })

  it('reports a processId that is not in the BPMN, at its JSON pointer', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'baustein.json': withMetadata((m) => {
          m.artefakte.bpmn.processId = 'Process_Anders'
        }),
      })
    )
    const problem = result.problems.find((p) => p.pointer === '/artefakte/bpmn/processId')
    expect(problem?.code).toBe('folder.danglingLink')
    expect(problem?.message.de).toContain('Process_GebuehrFestsetzen')
  })

  it('reports links into the models that do not land: lanes, fees, decisions', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'baustein.json': withMetadata((m) => {
          m.prozessteilnehmer[0]!.bpmnLaneId = 'Lane_Fehlt'
          m.kosten[0]!.dmnDecisionRef = 'Decision_Fehlt'
          m.artefakte.dmn[0]!.decisionIds = ['Decision_Gebuehr', 'Decision_Auch_Fehlt']
        }),
      })
    )
    const pointers = result.problems
      .filter((p) => p.code === 'folder.danglingLink')
      .map((p) => p.pointer)
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/prozessteilnehmer/0/bpmnLaneId',
        '/kosten/0/dmnDecisionRef',
        '/artefakte/dmn/0/decisionIds/1',
      ])
    )
  })

  it('reports invalid metadata with its pointer and still reads the models', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({ 'baustein.json': withMetadata((m) => ({ ...m, version: '1.0' })) })
    )
    expect(result.metadata).toBeUndefined()
    expect(result.problems.find((p) => p.pointer === '/version')?.file).toBe('baustein.json')
    expect(result.bpmn).toBeDefined()
  })

  it('refuses a block that calls itself', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'gebuehr.bpmn': bpmnText.replace('urn:bauplan:baustein:test:identitaet-pruefen', BLOCK_ID),
      })
    )
    expect(result.problems.find((p) => p.code === 'ref.selfReference')?.elementId).toBe(
      'Activity_Identitaet'
    )
  })

  it('checks decision tests against the decisions', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'entscheidungstests.json': JSON.stringify({
          tests: [
            {
              name: 'x',
              decisionId: 'Decision_Gebuehr',
              eingaben: { zweck: 'Rente' },
              erwartet: { gebuehr: 0 },
            },
          ],
        }),
      })
    )
    const problem = result.problems.find((p) => p.file === 'entscheidungstests.json')
    expect(problem?.severity).toBe('error')
    expect(problem?.pointer).toContain('/tests/0/eingaben')
  })

  it('stops at hostile XML without parsing it', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({
        'gebuehr.bpmn': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
      })
    )
    expect(result.problems.find((p) => p.file === 'gebuehr.bpmn')?.code).toMatch(
      /^xml\.(doctype|entity)$/
    )
    expect(result.bpmn).toBeUndefined()
  })
})

describe('checkBausteinFolder limits', () => {
  it('refuses a folder over the file-count limit without parsing anything', async () => {
    const files = minimalFolder()
    for (let i = 0; i < 20; i++) files[`extra${i}.txt`] = ''
    const result = await checkBausteinFolder(files)
    expect(result.problems.map((p) => p.code)).toEqual(['folder.tooManyFiles'])
    expect(result.metadata).toBeUndefined()
  })

  it('refuses a file over 10 MiB, naming it', async () => {
    const result = await checkBausteinFolder(
      minimalFolder({ 'gebuehr.bpmn': 'x'.repeat(10 * 1024 * 1024 + 1) })
    )
    const problem = result.problems.find((p) => p.code === 'folder.fileTooLarge')
    expect(problem?.file).toBe('gebuehr.bpmn')
    expect(problem?.message.en).toContain('10 MiB')
  })
})
