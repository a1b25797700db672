import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { folder } from '../lifecycle/testing/folders'
import { sqlite } from '../lifecycle/testing/backends'
import { blockId, createWorld, SN, type World } from '../lifecycle/testing/world'
import type { CatalogueStore } from '../store'
import { SLOW } from '../lifecycle/testing/slow'

const CALLED = blockId('identitaet-pruefen')
const ID = blockId('gebuehr-festsetzen')

describe('diff between two versions', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
    for (const spec of [
      { id: CALLED },
      {
        id: ID,
        rules: [
          { id: 'Rule_Rente', input: '"Rente"', output: '0' },
          { id: 'Rule_Kita', input: '"Kita"', output: '2' },
          { id: 'Rule_Sonst', input: '-', output: '6' },
        ],
      },
    ]) {
      await w.service.createBlock(w.analyst, { organisationId: SN, files: folder(spec) })
      await w.service.submit(w.analyst, spec.id, '1.0.0')
      await w.service.approve(w.curator, spec.id, '1.0.0')
    }
    await w.service.createDraft(w.analyst, ID)
    await w.service.updateDraft(
      w.analyst,
      ID,
      '1.0.1',
      folder({
        id: ID,
        version: '1.0.1',
        name: 'Gebühr festsetzen (neu)',
        taskName: 'Bescheid erstellen',
        calls: [{ id: CALLED, range: '^1.0.0' }],
        hitPolicy: 'UNIQUE',
        rules: [
          { id: 'Rule_Kita', input: '"Kita"', output: '3' },
          { id: 'Rule_Sonst', input: '-', output: '6' },
          { id: 'Rule_Verein', input: '"Verein"', output: '1' },
        ],
      })
    )
  })
  afterEach(() => store.close())

  it('lists metadata field changes with JSON pointers and old and new values', async () => {
    const diff = await w.service.diff(w.analyst, ID, '1.0.0', '1.0.1')
    expect(diff.metadata).toEqual(
      expect.arrayContaining([
        {
          pointer: '/name',
          kind: 'changed',
          oldValue: 'Baustein gebuehr-festsetzen',
          newValue: 'Gebühr festsetzen (neu)',
        },
        { pointer: '/version', kind: 'changed', oldValue: '1.0.0', newValue: '1.0.1' },
      ])
    )
    expect(diff.files).toEqual({
      added: [],
      removed: [],
      changed: ['gebuehr-festsetzen.bpmn', 'gebuehr-festsetzen.dmn'],
    })
    expect(diff.problems).toEqual([])
  })

  it('lists BPMN elements added, changed (with attributes) and moved', async () => {
    const { bpmn } = await w.service.diff(w.analyst, ID, '1.0.0', '1.0.1')
    expect(bpmn?.added).toEqual(
      expect.arrayContaining([
        { id: 'Call_1', type: 'bpmn:CallActivity', name: 'identitaet-pruefen' },
      ])
    )
    expect(bpmn?.changed).toContainEqual({
      id: 'Task_1',
      type: 'bpmn:UserTask',
      name: 'Bescheid erstellen',
      attributes: [{ attribute: 'name', oldValue: 'Bearbeiten', newValue: 'Bescheid erstellen' }],
    })
    expect(bpmn?.changed).toContainEqual({
      id: 'Flow_1',
      type: 'bpmn:SequenceFlow',
      attributes: [{ attribute: 'targetRef', oldValue: '#Task_1', newValue: '#Call_1' }],
    })
    // The inserted call pushes the task and the end event to the right.
    expect(bpmn?.layoutChanged.map((e) => e.id)).toEqual(
      expect.arrayContaining(['Task_1', 'End_1'])
    )
    expect(bpmn?.removed).toEqual([])
    // Serialisable: no moddle objects leak out.
    expect(JSON.parse(JSON.stringify(bpmn))).toEqual(bpmn)
  })

  it('lists DMN rules added, removed and changed at cell level, and the hit policy change', async () => {
    const { dmn } = await w.service.diff(w.analyst, ID, '1.0.0', '1.0.1')
    expect(dmn.decisionsAdded).toEqual([])
    expect(dmn.decisionsRemoved).toEqual([])
    expect(dmn.decisionsChanged).toEqual([
      {
        id: 'Decision_Gebuehr',
        name: 'Gebühr',
        file: 'gebuehr-festsetzen.dmn',
        hitPolicy: { oldValue: 'FIRST', newValue: 'UNIQUE' },
        columnsAdded: [],
        columnsRemoved: [],
        rulesAdded: [
          {
            id: 'Rule_Verein',
            index: 3,
            cells: [
              {
                kind: 'input',
                column: 'Input_Zweck',
                label: 'Verwendungszweck',
                value: '"Verein"',
              },
              { kind: 'output', column: 'Output_Gebuehr', label: 'gebuehr', value: '1' },
            ],
          },
        ],
        rulesRemoved: [
          {
            id: 'Rule_Rente',
            index: 1,
            cells: [
              { kind: 'input', column: 'Input_Zweck', label: 'Verwendungszweck', value: '"Rente"' },
              { kind: 'output', column: 'Output_Gebuehr', label: 'gebuehr', value: '0' },
            ],
          },
        ],
        rulesChanged: [
          {
            id: 'Rule_Kita',
            index: 1,
            cells: [
              {
                kind: 'output',
                column: 'Output_Gebuehr',
                label: 'gebuehr',
                oldValue: '2',
                newValue: '3',
              },
            ],
          },
        ],
      },
    ])
  })

  it('is empty between a version and itself, and reversible', async () => {
    const same = await w.service.diff(w.itProvider, ID, '1.0.0', '1.0.0')
    expect(same.metadata).toEqual([])
    expect(same.bpmn).toEqual({ added: [], removed: [], changed: [], layoutChanged: [] })
    expect(same.dmn).toEqual({ decisionsAdded: [], decisionsRemoved: [], decisionsChanged: [] })
    const back = await w.service.diff(w.analyst, ID, '1.0.1', '1.0.0')
    expect(back.bpmn?.removed.map((e) => e.id)).toContain('Call_1')
    expect(back.dmn.decisionsChanged[0]?.rulesAdded.map((r) => r.id)).toEqual(['Rule_Rente'])
  })
})
