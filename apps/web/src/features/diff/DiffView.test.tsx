import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import type { BauplanApi } from '../../lib/api/bauplanApi'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceBpmn } from '../editor/testing/referenceModels'
import type {
  Canvas,
  ElementFactory,
  ElementRegistry,
  Modeling,
} from '../process-modeler/bpmnServices'
import { createBpmnModeler } from '../process-modeler/createBpmnModeler'
import { DiffView } from './DiffView'
import type { DiffApi, VersionDiff } from './versionDiff'

// The shell hands its BauplanApi to the diff page: this stops compiling if they drift apart.
const _shellApiFits: DiffApi = null as unknown as BauplanApi

const before = referenceBpmn['bausteine/identitaet-pruefen/identitaet-pruefen.bpmn']!

/** Version 2 of the reference model: one task renamed, one task added (through bpmn-js itself). */
async function secondVersion(): Promise<{ xml: string; addedId: string }> {
  const container = document.createElement('div')
  const properties = document.createElement('div')
  document.body.append(container, properties)
  const modeler = createBpmnModeler({
    container,
    propertiesParent: properties,
    getLocale: () => 'de',
    calledBlock: { openBlock: () => undefined },
  })
  try {
    await modeler.importXML(before)
    const registry = modeler.get<ElementRegistry>('elementRegistry')
    const modeling = modeler.get<Modeling>('modeling')
    modeling.updateProperties(registry.get('Activity_NachweisPruefen')!, {
      name: 'Nachweis sorgfältig prüfen',
    })
    const pool = registry.filter(
      (e) => e.type === 'bpmn:Participant' && e.businessObject.get('processRef') !== undefined
    )[0]
    const parent = pool ?? modeler.get<Canvas>('canvas').getRootElement()
    const shape = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' })
    const added = modeling.createShape(shape, { x: 600, y: 420 }, parent)
    modeling.updateProperties(added, { name: 'Ergebnis vermerken' })
    const { xml = '' } = await modeler.saveXML({ format: true })
    return { xml, addedId: added.id }
  } finally {
    modeler.destroy()
    container.remove()
    properties.remove()
  }
}

describe('diff view', () => {
  it('marks an added and a changed element in the diagrams and lists them in words', async () => {
    const { xml: after, addedId } = await secondVersion()
    // The server computes this with bpmn-js-differ (packages/catalogue); here it is written out for
    // the two versions above, because the web app does not bundle the differ.
    const diff: VersionDiff = {
      blockId: 'urn:bauplan:baustein:sn:identitaet-pruefen',
      fromVersion: '1.0.0',
      toVersion: '1.0.1',
      files: { added: [], removed: [], changed: ['identitaet-pruefen.bpmn', 'baustein.json'] },
      metadata: [{ pointer: '/version', kind: 'changed', oldValue: '1.0.0', newValue: '1.0.1' }],
      bpmn: {
        added: [{ id: addedId, type: 'bpmn:Task', name: 'Ergebnis vermerken' }],
        removed: [],
        changed: [
          {
            id: 'Activity_NachweisPruefen',
            type: 'bpmn:UserTask',
            name: 'Nachweis sorgfältig prüfen',
            attributes: [
              {
                attribute: 'name',
                oldValue: 'Nachweis prüfen',
                newValue: 'Nachweis sorgfältig prüfen',
              },
            ],
          },
        ],
        layoutChanged: [],
      },
      dmn: {
        decisionsAdded: [],
        decisionsRemoved: [],
        decisionsChanged: [
          {
            id: 'Decision_Gebuehr',
            name: 'Gebühr',
            file: 'gebuehr.dmn',
            columnsAdded: [],
            columnsRemoved: [],
            rulesAdded: [
              {
                id: 'R3',
                index: 3,
                cells: [{ kind: 'output', column: 'o', label: 'Betrag', value: '40' }],
              },
            ],
            rulesRemoved: [],
            rulesChanged: [
              {
                id: 'R1',
                index: 1,
                cells: [
                  { kind: 'output', column: 'o', label: 'Betrag', oldValue: '20', newValue: '25' },
                ],
              },
            ],
          },
        ],
      },
      problems: [],
    }
    const viewers: Partial<Record<'before' | 'after', NavigatedViewer>> = {}
    const screen = await render(
      <LocaleProvider initial="de">
        <DiffView
          diff={diff}
          beforeBpmn={before}
          afterBpmn={after}
          onViewerReady={(side, v) => (viewers[side] = v)}
        />
      </LocaleProvider>
    )
    await expect
      .poll(() => viewers.before !== undefined && viewers.after !== undefined, { timeout: 10_000 })
      .toBe(true)
    const afterCanvas = viewers.after!.get<Canvas & { hasMarker(id: string, m: string): boolean }>(
      'canvas'
    )
    const beforeCanvas = viewers.before!.get<
      Canvas & { hasMarker(id: string, m: string): boolean }
    >('canvas')
    expect(afterCanvas.hasMarker(addedId, 'bauplan-diff-added')).toBe(true)
    expect(afterCanvas.hasMarker('Activity_NachweisPruefen', 'bauplan-diff-changed')).toBe(true)
    expect(beforeCanvas.hasMarker('Activity_NachweisPruefen', 'bauplan-diff-changed')).toBe(true)
    expect(
      beforeCanvas.hasMarker('Activity_AuthentifizierungAuswerten', 'bauplan-diff-changed')
    ).toBe(false)
    // The added element's outline really is drawn in the "added" colour.
    const visual = screen.container.querySelector(
      `.bauplan-diff-added[data-element-id="${addedId}"] .djs-visual > *`
    )
    expect(visual && getComputedStyle(visual).stroke).toBe('rgb(38, 162, 105)')

    await expect
      .element(screen.getByText(`hinzugefügt: Ergebnis vermerken (${addedId}, Task)`))
      .toBeVisible()
    await expect
      .element(
        screen.getByText(
          'geändert: Nachweis sorgfältig prüfen (Activity_NachweisPruefen, UserTask)',
          { exact: false }
        )
      )
      .toBeVisible()
    await expect.element(screen.getByText('Regel 3 hinzugefügt')).toBeVisible()
    await expect.element(screen.getByText('Betrag: 20 → 25')).toBeVisible()
    await expect.element(screen.getByRole('rowheader', { name: '/version' })).toBeVisible()
    expect(screen.container.querySelectorAll('.bjs-powered-by')).toHaveLength(2)
  })
})
