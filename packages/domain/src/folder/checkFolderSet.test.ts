import { describe, expect, it } from 'vitest'
import { checkFolderSet } from './checkFolderSet'

const ref = (id: string, versionRange = '^1.0.0') => ({ id, versionRange, elementId: `Call_${id}` })

describe('checkFolderSet', () => {
  it('pins each reference to the highest version of the set within its range', () => {
    const result = checkFolderSet([
      { id: 'urn:x:a', version: '1.0.0', references: [] },
      { id: 'urn:x:a', version: '1.4.0', references: [] },
      { id: 'urn:x:a', version: '2.0.0', references: [] },
      { id: 'urn:x:p', version: '1.0.0', references: [ref('urn:x:a')] },
    ])
    expect(result.problems).toEqual([])
    expect(result.resolved.get('urn:x:p@1.0.0')?.map((r) => r.version)).toEqual(['1.4.0'])
  })

  it('reports unknown blocks and ranges that no version satisfies, per block', () => {
    const result = checkFolderSet([
      { id: 'urn:x:a', version: '1.0.0', references: [] },
      {
        id: 'urn:x:p',
        version: '1.0.0',
        file: 'p.bpmn',
        references: [ref('urn:x:fehlt'), ref('urn:x:a', '^2.0.0')],
      },
    ])
    expect(result.problems.map((p) => [p.code, p.block])).toEqual([
      ['ref.unknownBlock', 'urn:x:p@1.0.0'],
      ['ref.noMatchingVersion', 'urn:x:p@1.0.0'],
    ])
    expect(result.problems[1]?.message.en).toContain('1.0.0')
  })

  it('finds cycles through several blocks', () => {
    const result = checkFolderSet([
      { id: 'urn:x:a', version: '1.0.0', references: [ref('urn:x:b')] },
      { id: 'urn:x:b', version: '1.0.0', references: [ref('urn:x:a')] },
    ])
    const cycle = result.problems.find((p) => p.code === 'ref.cycle')
    expect(cycle?.message.de).toContain('urn:x:a → urn:x:b → urn:x:a')
  })
})
