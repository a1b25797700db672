import type { VersionDiff } from '@bauplan/api-types'
import type { Problem } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { problemLine, renderProblemGroups } from './problemLines'
import { createProgress } from './progress'
import { renderDiff } from './renderDiff'

const located: Problem = {
  code: 'bpmn.x',
  severity: 'warning',
  message: { de: 'Achtung', en: 'Careful' },
  file: 'a.bpmn',
  line: 3,
  column: 7,
  elementId: 'Task_1',
}

describe('problem lines', () => {
  it('writes file:line:column pointer #element — severity: message [code]', () => {
    expect(problemLine(located, 'de', 'models/x')).toBe(
      'models/x/a.bpmn:3:7 #Task_1 — Warnung: Achtung [bpmn.x]'
    )
    expect(
      problemLine(
        {
          code: 'schema.required',
          severity: 'error',
          message: { de: 'd', en: 'e' },
          pointer: '/name',
        },
        'en'
      )
    ).toBe('/name — error: e [schema.required]')
  })

  it('groups by folder, errors first, and leaves out folders without problems', () => {
    const error: Problem = { ...located, severity: 'error', line: 9, code: 'bpmn.y' }
    const lines = renderProblemGroups(
      [
        { title: 'ok-folder', dir: 'ok-folder', problems: [] },
        { title: 'f', dir: 'f', problems: [located, error] },
      ],
      'en'
    )
    expect(lines).toEqual([
      'f: 1 error, 1 warning',
      '  f/a.bpmn:9:7 #Task_1 — error: Careful [bpmn.y]',
      '  f/a.bpmn:3:7 #Task_1 — warning: Careful [bpmn.x]',
      '',
    ])
  })
})

describe('progress bar', () => {
  it('redraws one line with the count and fits the terminal width', () => {
    let out = ''
    const progress = createProgress(
      { write: (s) => (out += s), isTTY: true, columns: 60 },
      'Lade',
      4
    )
    progress.tick('baustein.json')
    progress.tick('ein-sehr-langer-dateiname-der-nicht-passt.bpmn')
    progress.done()
    const frames = out.split('\r\x1b[2K').filter((f) => f !== '')
    expect(frames).toHaveLength(3)
    expect(frames[1]).toMatch(/^Lade █{6}░{18} 1\/4 baustein\.json$/)
    expect(frames[2]?.length).toBeLessThanOrEqual(59)
    expect(frames[2]?.endsWith('…')).toBe(true)
    expect(out.endsWith('\r\x1b[2K')).toBe(true)
  })
})

describe('diff text', () => {
  const diff: VersionDiff = {
    blockId: 'urn:bauplan:baustein:sn:x',
    fromVersion: '1.0.0',
    toVersion: '1.1.0',
    files: { added: ['b.dmn'], removed: [], changed: ['a.bpmn'] },
    metadata: [{ pointer: '/name', kind: 'changed', oldValue: 'Alt', newValue: 'Neu' }],
    bpmn: {
      added: [{ id: 'Task_2', type: 'bpmn:UserTask', name: 'Prüfen' }],
      removed: [],
      changed: [
        {
          id: 'Task_1',
          type: 'bpmn:Task',
          attributes: [{ attribute: 'name', oldValue: 'a', newValue: 'b' }],
        },
      ],
      layoutChanged: [{ id: 'Flow_1', type: 'bpmn:SequenceFlow' }],
    },
    dmn: {
      decisionsAdded: [],
      decisionsRemoved: [],
      decisionsChanged: [
        {
          id: 'D1',
          name: 'Gebühr',
          file: 'b.dmn',
          columnsAdded: [],
          columnsRemoved: [],
          rulesAdded: [],
          rulesRemoved: [],
          rulesChanged: [
            {
              id: 'R3',
              index: 3,
              cells: [
                { kind: 'output', column: 'o', label: 'Betrag', oldValue: '10', newValue: '12' },
              ],
            },
          ],
        },
      ],
    },
    problems: [],
  }

  it('marks additions, removals and changes per section, rules by their 1-based number', () => {
    expect(renderDiff(diff, 'de')).toEqual([
      'urn:bauplan:baustein:sn:x: 1.0.0 → 1.1.0',
      '',
      'Dateien:',
      '  + b.dmn',
      '  ~ a.bpmn',
      '',
      'Metadaten:',
      '  ~ /name: "Alt" → "Neu"',
      '',
      'BPMN:',
      '  + Task_2 (bpmn:UserTask „Prüfen“)',
      '  ~ Task_1 (bpmn:Task): name "a" → "b"',
      '  ~ Flow_1 (bpmn:SequenceFlow): nur Layout geändert',
      '',
      'DMN:',
      '  ~ „Gebühr“ D1 (b.dmn)',
      '      ~ Regel 3 (R3): Betrag 10 → 12',
    ])
  })

  it('says so when nothing changed', () => {
    const same: VersionDiff = {
      ...diff,
      files: { added: [], removed: [], changed: [] },
      metadata: [],
      bpmn: null,
      dmn: { decisionsAdded: [], decisionsRemoved: [], decisionsChanged: [] },
    }
    expect(renderDiff(same, 'en').at(-1)).toBe('No differences.')
  })
})
