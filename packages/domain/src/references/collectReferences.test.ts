import { describe, expect, it } from 'vitest'
import { collectReferences } from './collectReferences'

const ID = 'urn:bauplan:baustein:sn:identitaet-pruefen'

describe('collectReferences', () => {
  it('collects well-formed references with their call activity and ignores plain calls', () => {
    const { references, problems } = collectReferences({
      callActivities: [
        {
          id: 'Call_1',
          name: 'Identität prüfen',
          calledElement: 'Process_Id',
          bausteinRef: { id: ID, versionRange: '^1.0.0' },
        },
        { id: 'Call_2', calledElement: 'Process_Other' },
        {
          id: 'Call_3',
          calledElement: 'P',
          bausteinRef: { id: ' urn:bauplan:baustein:sn:zahlung ', versionRange: ' ~2.1.0 ' },
        },
      ],
    })
    expect(problems).toEqual([])
    expect(references).toEqual([
      { id: ID, versionRange: '^1.0.0', elementId: 'Call_1' },
      { id: 'urn:bauplan:baustein:sn:zahlung', versionRange: '~2.1.0', elementId: 'Call_3' },
    ])
  })

  it('treats empty attributes like absent ones', () => {
    const result = collectReferences({
      callActivities: [{ id: 'C', bausteinRef: { id: '', versionRange: '' } }],
    })
    expect(result).toEqual({ references: [], problems: [] })
  })

  it('reports a range without a block id (ref.missingId)', () => {
    const { references, problems } = collectReferences(
      {
        callActivities: [{ id: 'Call_1', name: 'Prüfen', bausteinRef: { versionRange: '^1.0.0' } }],
      },
      { file: 'verfahren.bpmn' }
    )
    expect(references).toEqual([])
    expect(problems).toMatchObject([
      { code: 'ref.missingId', severity: 'error', elementId: 'Call_1', file: 'verfahren.bpmn' },
    ])
    expect(problems[0]?.message.de).toContain('„Prüfen“ (Call_1)')
    expect(problems[0]?.message.en).toContain('bauplan:baustein')
  })

  it('reports a block id without a range (ref.missingRange)', () => {
    const { references, problems } = collectReferences({
      callActivities: [
        { id: 'Call_1', calledElement: 'P', bausteinRef: { id: ID, versionRange: '' } },
      ],
    })
    expect(references).toEqual([])
    expect(problems.map((p) => [p.code, p.elementId])).toEqual([['ref.missingRange', 'Call_1']])
    expect(problems[0]?.message.en).toContain(ID)
  })

  it('reports an invalid range (ref.invalidRange) and an invalid id (ref.invalidId)', () => {
    const { references, problems } = collectReferences({
      callActivities: [
        { id: 'A', calledElement: 'P', bausteinRef: { id: ID, versionRange: 'latest' } },
        {
          id: 'B',
          calledElement: 'P',
          bausteinRef: { id: 'identitaet-pruefen', versionRange: '^1.0.0' },
        },
        { id: 'C', calledElement: 'P', bausteinRef: { id: ID, versionRange: '^1.0.0-beta' } },
      ],
    })
    expect(references).toEqual([])
    expect(problems.map((p) => [p.code, p.elementId])).toEqual([
      ['ref.invalidRange', 'A'],
      ['ref.invalidId', 'B'],
      ['ref.invalidRange', 'C'],
    ])
    expect(problems[0]?.message.de).toContain('„latest“')
  })

  it('warns when a reference has no calledElement, but keeps the reference', () => {
    const { references, problems } = collectReferences({
      callActivities: [{ id: 'Call_1', bausteinRef: { id: ID, versionRange: '1.x' } }],
    })
    expect(references).toHaveLength(1)
    expect(problems).toMatchObject([
      { code: 'ref.missingCalledElement', severity: 'warning', elementId: 'Call_1' },
    ])
  })
})
