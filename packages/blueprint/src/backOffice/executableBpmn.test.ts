import { describe, expect, it } from 'vitest'
import { referenceProcedure } from '../parts/testSupport'
import { executableBpmn } from './executableBpmn'
import { laneRoles } from './roles'

describe('executable BPMN', () => {
  it('refuses, naming the call activity, when a called block was not resolved', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const onlyRoot = new Map([[procedure.root.id, procedure.root]])
    expect(() =>
      executableBpmn(procedure.root, onlyRoot, 'neutral', laneRoles(procedure.root))
    ).toThrow(
      /Activity_AntragEntgegennehmen.*urn:bauplan:baustein:sn:antrag-entgegennehmen.*not resolved/s
    )
  })

  it('puts a Frist on its timer event, replacing a different duration in the model', async () => {
    const procedure = await referenceProcedure('gewerbe-anmelden')
    const root = procedure.root
    const changed = {
      ...root,
      metadata: {
        ...root.metadata,
        fristen: (root.metadata.fristen ?? []).map((frist) =>
          frist.bpmnElementId === 'Event_EmpfangsbescheinigungFrist'
            ? { ...frist, dauer: 'P5D' }
            : frist
        ),
      },
    }
    const blocks = new Map([...procedure.dependencies, changed].map((block) => [block.id, block]))
    const model = executableBpmn(changed, blocks, 'neutral', laneRoles(changed))
    expect(model.xml).toMatch(
      /id="Event_EmpfangsbescheinigungFrist_TimerEventDefinition">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P5D<\/bpmn:timeDuration>/
    )
    expect(model.deadlines).toContainEqual(
      expect.objectContaining({
        bpmnElementId: 'Event_EmpfangsbescheinigungFrist',
        umsetzung: 'timer',
        dauer: 'P5D',
      })
    )
  })
})
