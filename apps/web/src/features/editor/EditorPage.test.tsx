import { checkBpmn, parseBpmn } from '@bauplan/domain'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import type { BauplanApi } from '../../lib/api/bauplanApi'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { createMemoryHistory } from '../../lib/router/history'
import { RouterProvider } from '../../lib/router/Router'
import type {
  Canvas,
  ElementFactory,
  ElementRegistry,
  Modeling,
} from '../process-modeler/bpmnServices'
import type { ProcessModelerHandle } from '../process-modeler/ProcessModeler'
import type { EditorApi } from './draftApi'
import { EditorPage } from './EditorPage'
import { inMemoryDraftApi } from './testing/inMemoryDraftApi'
import { referenceFolder } from './testing/referenceModels'

// The shell hands its BauplanApi to the editor: this line stops compiling if they drift apart.
const _shellApiFits: EditorApi = null as unknown as BauplanApi

const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const BPMN = 'identitaet-pruefen.bpmn'

async function openEditor(
  autosaveDelayMs = 60_000,
  extra: Partial<Parameters<typeof EditorPage>[0]> = {}
) {
  const backend = inMemoryDraftApi(BLOCK, '1.0.0', referenceFolder('bausteine/identitaet-pruefen'))
  let handle: ProcessModelerHandle | undefined
  const screen = await render(
    <LocaleProvider initial="de">
      <RouterProvider history={createMemoryHistory('/')}>
        <EditorPage
          blockId={BLOCK}
          version="1.0.0"
          api={backend.api}
          autosaveDelayMs={autosaveDelayMs}
          onProcessModelerReady={(h) => (handle = h)}
          {...extra}
        />
      </RouterProvider>
    </LocaleProvider>
  )
  await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
  return { screen, backend, handle: handle! }
}

function addTask({ modeler }: ProcessModelerHandle) {
  const pool = modeler
    .get<ElementRegistry>('elementRegistry')
    .filter(
      (e) => e.type === 'bpmn:Participant' && e.businessObject.get('processRef') !== undefined
    )[0]
  const parent = pool ?? modeler.get<Canvas>('canvas').getRootElement()
  const task = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' })
  return modeler.get<Modeling>('modeling').createShape(task, { x: 500, y: 420 }, parent)
}

describe('editor page', () => {
  it('marks the draft dirty when a task is added and saves valid BPMN with Ctrl+S', async () => {
    const { screen, backend, handle } = await openEditor()
    await expect
      .element(screen.getByRole('heading', { name: 'Entwurf bearbeiten: Identität prüfen' }))
      .toBeVisible()
    await expect.element(screen.getByText('Alle Änderungen gespeichert')).toBeVisible()
    const task = addTask(handle)
    await expect.element(screen.getByText('Ungespeicherte Änderungen')).toBeVisible()

    await userEvent.keyboard('{Control>}s{/Control}')
    await expect.element(screen.getByText('Alle Änderungen gespeichert')).toBeVisible()
    expect(backend.saves).toHaveLength(1)
    const saved = backend.saves[0]![BPMN]!
    expect(saved).toContain(`id="${task.id}"`)
    const parsed = await parseBpmn(saved)
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(checkBpmn(parsed.definitions!, saved).filter((p) => p.severity === 'error')).toEqual([])
  })

  it('autosaves a metadata change after the pause', async () => {
    const { screen, backend } = await openEditor(200)
    await screen.getByRole('tab', { name: 'Metadaten' }).click()
    const name = screen.getByLabelText(/^Name/)
    await name.fill('Identität prüfen (geändert)')
    await expect.poll(() => backend.saves.length, { timeout: 5000 }).toBe(1)
    expect(JSON.parse(backend.current()['baustein.json']!).name).toBe('Identität prüfen (geändert)')
    await expect.element(screen.getByText('Alle Änderungen gespeichert')).toBeVisible()
  })

  it('shows the checks and jumps from a metadata problem to its field', async () => {
    const { screen } = await openEditor()
    await screen.getByRole('tab', { name: 'Metadaten' }).click()
    await screen.getByLabelText(/^Name/).fill('')
    await screen.getByRole('tab', { name: /^Prüfungen/ }).click()
    const show = screen.getByRole('button', { name: 'Feld /name zeigen' })
    await show.click()
    await expect.poll(() => document.activeElement?.getAttribute('id')).toBe('metadata_2f_name')
  })

  it('has no serious or critical axe findings outside the canvas, and the watermark shows', async () => {
    const { screen } = await openEditor()
    await expect.element(screen.getByText('Alle Änderungen gespeichert')).toBeVisible()
    expect(screen.container.querySelector('.bjs-powered-by')).not.toBeNull()
    for (const tab of ['Prozess (BPMN)', 'Metadaten', /^Prüfungen/] as const) {
      await screen.getByRole('tab', { name: tab }).click()
      const result = await axe.run(
        { include: [screen.container], exclude: [['.bauplan-canvas'], ['.bauplan-properties']] },
        { resultTypes: ['violations'] }
      )
      const severe = result.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical'
      )
      expect(
        severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      ).toEqual([])
    }
  })

  it('lints with the catalogue’s levels: markers on the canvas, findings in the checks that select the element', async () => {
    let loads = 0
    const { screen, handle } = await openEditor(60_000, {
      loadLintConfig: async () => {
        loads++
        return { rules: { 'bauplan/named-flow-nodes': 'error' } }
      },
    })
    const task = addTask(handle)
    await expect
      .poll(() =>
        screen.container.querySelector(`[data-container-id="${task.id}"] .bjsl-icon-error`)
      )
      .not.toBeNull()
    await screen.getByRole('tab', { name: /^Prüfungen/ }).click()
    await expect
      .element(screen.getByText('(Prüfregel „Jeder Schritt ist benannt“)').first())
      .toBeVisible()
    await screen.getByRole('button', { name: `Element ${task.id} im Modell zeigen` }).click()
    await expect
      .element(screen.getByRole('tab', { name: 'Prozess (BPMN)' }))
      .toHaveAttribute('aria-selected', 'true')
    const selection = handle.modeler.get<{ get(): { id: string }[] }>('selection').get()
    expect(selection.map((element) => element.id)).toEqual([task.id])
    expect(loads).toBe(1)
  })

  it('tells the user when the rule levels could not be loaded and lints with the defaults', async () => {
    const { screen } = await openEditor(60_000, {
      loadLintConfig: () => Promise.reject(new Error('offline')),
    })
    await screen.getByRole('tab', { name: /^Prüfungen/ }).click()
    await expect
      .element(screen.getByText(/Prüfregeln des Katalogs konnten nicht geladen werden/))
      .toBeVisible()
  })
})
