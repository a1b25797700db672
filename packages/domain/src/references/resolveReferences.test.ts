import { describe, expect, it } from 'vitest'
import { resolveReferences } from './resolveReferences'

const catalogue: Record<string, readonly string[]> = {
  'urn:bauplan:baustein:sn:a': ['1.0.0', '1.2.0', '1.10.0', '2.0.0'],
  'urn:bauplan:baustein:sn:neu': [],
}
const lookup = (id: string) => catalogue[id]

describe('resolveReferences', () => {
  it('pins each reference to the highest published version in its range', () => {
    const { resolved, problems } = resolveReferences(
      [
        { id: 'urn:bauplan:baustein:sn:a', versionRange: '^1.0.0', elementId: 'Call_1' },
        { id: 'urn:bauplan:baustein:sn:a', versionRange: '~1.2.0' },
        { id: 'urn:bauplan:baustein:sn:a', versionRange: '*' },
      ],
      lookup
    )
    expect(problems).toEqual([])
    expect(resolved).toEqual([
      {
        id: 'urn:bauplan:baustein:sn:a',
        versionRange: '^1.0.0',
        elementId: 'Call_1',
        version: '1.10.0',
      },
      { id: 'urn:bauplan:baustein:sn:a', versionRange: '~1.2.0', version: '1.2.0' },
      { id: 'urn:bauplan:baustein:sn:a', versionRange: '*', version: '2.0.0' },
    ])
  })

  it('reports an unknown block (ref.unknownBlock)', () => {
    const { resolved, problems } = resolveReferences(
      [{ id: 'urn:bauplan:baustein:sn:gibtsnicht', versionRange: '^1.0.0', elementId: 'Call_9' }],
      lookup,
      { file: 'v.bpmn' }
    )
    expect(resolved).toEqual([])
    expect(problems).toMatchObject([
      { code: 'ref.unknownBlock', elementId: 'Call_9', file: 'v.bpmn', severity: 'error' },
    ])
  })

  it('lists the available versions when none matches (ref.noMatchingVersion)', () => {
    const { problems } = resolveReferences(
      [{ id: 'urn:bauplan:baustein:sn:a', versionRange: '^3.0.0' }],
      lookup
    )
    expect(problems.map((p) => p.code)).toEqual(['ref.noMatchingVersion'])
    expect(problems[0]?.message.en).toContain('Available: 1.0.0, 1.2.0, 1.10.0, 2.0.0.')
    expect(problems[0]?.message.de).toContain('Verfügbar: 1.0.0, 1.2.0, 1.10.0, 2.0.0.')
  })

  it('says so when a known block has no published version', () => {
    const { problems } = resolveReferences(
      [{ id: 'urn:bauplan:baustein:sn:neu', versionRange: '^1.0.0' }],
      lookup
    )
    expect(problems.map((p) => p.code)).toEqual(['ref.noMatchingVersion'])
    expect(problems[0]?.message.en).toContain('no published version yet')
  })

  it('refuses an invalid range without asking the catalogue', () => {
    const asked: string[] = []
    const { problems } = resolveReferences(
      [{ id: 'urn:bauplan:baustein:sn:a', versionRange: 'newest' }],
      (id) => {
        asked.push(id)
        return lookup(id)
      }
    )
    expect(problems.map((p) => p.code)).toEqual(['ref.invalidRange'])
    expect(asked).toEqual([])
  })
})
