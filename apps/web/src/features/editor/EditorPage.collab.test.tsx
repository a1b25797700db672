import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { createMemoryHistory } from '../../lib/router/history'
import { RouterProvider } from '../../lib/router/Router'
import type {
  Canvas,
  ElementFactory,
  ElementRegistry,
  Modeling,
} from '../process-modeler/bpmnServices'
import type { ProcessModelerHandle } from '../process-modeler/ProcessModeler'
import { inPageCollabServer, type InPageCollabServer } from './collab/testing/inPageCollabServer'
import { EditorPage } from './EditorPage'
import { inMemoryDraftApi } from './testing/inMemoryDraftApi'
import { referenceFolder } from './testing/referenceModels'

const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const FOLDER = 'bausteine/identitaet-pruefen'

/** One editor page on the in-page hub, as a user who may write unless told otherwise. */
async function openSharedEditor(
  server: InPageCollabServer,
  mayWrite = true,
  self?: { userId: string; name: string }
) {
  server.identity = self
  const backend = inMemoryDraftApi(BLOCK, '1.0.0', referenceFolder(FOLDER))
  let handle: ProcessModelerHandle | undefined
  // Each editor in its own element, so queries of one never find the other's controls.
  const own = document.body.appendChild(document.createElement('div'))
  const screen = await render(
    <LocaleProvider initial="de">
      <RouterProvider history={createMemoryHistory('/')}>
        <EditorPage
          blockId={BLOCK}
          version="1.0.0"
          api={backend.api}
          collaboration={{
            mayWrite: async () => mayWrite,
            WebSocketImpl: server.WebSocket,
            serverUrl: 'ws://in-page.test/api/collab',
            ...(self ? { self } : {}),
          }}
          onProcessModelerReady={(h) => (handle = h)}
        />
      </RouterProvider>
    </LocaleProvider>,
    { container: own, baseElement: own }
  )
  await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
  const root = () => screen.container.querySelector<HTMLElement>('.bauplan-editor')!
  return { screen, backend, handle: handle!, root }
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

const has = (handle: ProcessModelerHandle, id: string) =>
  handle.modeler.get<ElementRegistry>('elementRegistry').get(id) !== undefined

describe('editor page on the shared document', () => {
  it('shows a task one user adds in the other user’s editor, stored and saved on both sides', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server)
    const ben = await openSharedEditor(server)
    expect(anna.root().dataset.collabStatus).toBe('online')
    expect(
      anna.screen.container.querySelector('.bauplan-process-modeler')?.getAttribute('data-shared')
    ).toBe('true')

    const task = addTask(anna.handle)
    await expect.poll(() => has(ben.handle, task.id), { timeout: 10_000 }).toBe(true)
    // Nothing went through the API: the shared document is the draft.
    expect(anna.backend.saves).toEqual([])
    await expect.element(anna.screen.getByText('Alle Änderungen gespeichert')).toBeVisible()
    expect(server.stored(`${BLOCK}@1.0.0`).length).toBeGreaterThan(0)
  })

  it('shows who else is in the draft, and this user first', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server, true, { userId: 'anna', name: 'Anna Muster' })
    await openSharedEditor(server, true, { userId: 'ben', name: 'Ben Beispiel' })
    const people = anna.screen.getByRole('list', { name: 'Personen im Dokument' })
    await expect.element(people.getByText('Ben Beispiel').first()).toBeInTheDocument()
    await expect.element(people.getByText('Anna Muster (Sie)').first()).toBeInTheDocument()
  })

  it('undoes only the user’s own change with the undo button, on both canvases', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server)
    const ben = await openSharedEditor(server)
    const annasTask = addTask(anna.handle)
    const bensTask = addTask(ben.handle)
    await expect.poll(() => has(anna.handle, bensTask.id), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => has(ben.handle, annasTask.id), { timeout: 10_000 }).toBe(true)

    const undo = anna.screen.getByRole('button', { name: /^Rückgängig/ })
    await expect.element(undo).toBeEnabled()
    await undo.click()
    await expect.poll(() => has(anna.handle, annasTask.id)).toBe(false)
    await expect.poll(() => has(ben.handle, annasTask.id), { timeout: 10_000 }).toBe(false)
    expect(has(anna.handle, bensTask.id)).toBe(true)
    expect(has(ben.handle, bensTask.id)).toBe(true)
  })

  it('shows a metadata change of one user in the other user’s title', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server)
    const ben = await openSharedEditor(server)
    await anna.screen.getByRole('tab', { name: 'Metadaten' }).click()
    await anna.screen.getByLabelText(/^Name/).fill('Identität gemeinsam prüfen')
    await expect
      .element(
        ben.screen.getByRole('heading', { name: 'Entwurf bearbeiten: Identität gemeinsam prüfen' })
      )
      .toBeVisible()
  })

  it('says that a shared draft keeps its version number when the metadata names another', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server)
    await anna.screen.getByRole('tab', { name: 'Metadaten' }).click()
    await anna.screen.getByLabelText('Version (Pflichtfeld)').fill('2.0.0')
    await expect
      .element(
        anna.screen.getByText(/^Die Metadaten nennen Version 2\.0\.0; .* bleibt Version 1\.0\.0/)
      )
      .toBeVisible()
  })

  it('says when it is offline and that edits go out on reconnecting', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const anna = await openSharedEditor(server)
    server.refuseUpgrades = true
    server.cutAll()
    await expect
      .element(anna.screen.getByText('Offline – Änderungen werden beim Wiederverbinden übertragen'))
      .toBeVisible()
    expect(anna.root().dataset.collabStatus).toBe('offline')
    const task = addTask(anna.handle)
    server.refuseUpgrades = false
    await expect
      .element(anna.screen.getByText('Alle Änderungen gespeichert'), { timeout: 10_000 })
      .toBeVisible()
    const ben = await openSharedEditor(server)
    expect(has(ben.handle, task.id)).toBe(true)
  })

  it('shows a reader the draft read-only: a notice, no palette, disabled save and fields', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    const reader = await openSharedEditor(server, false)
    await expect.element(reader.screen.getByRole('note')).toHaveTextContent(/^Nur lesen/)
    expect(reader.root().dataset.collabReadonly).toBe('true')
    expect(
      reader.screen.container.querySelector('[data-save-state]')?.getAttribute('data-save-state')
    ).toBe('readOnly')
    await expect.element(reader.screen.getByRole('button', { name: /^Speichern/ })).toBeDisabled()
    const palette = reader.screen.container.querySelector<HTMLElement>('.djs-palette')
    expect(palette && getComputedStyle(palette).display).toBe('none')
    await reader.screen.getByRole('tab', { name: 'Metadaten' }).click()
    await expect.element(reader.screen.getByLabelText(/^Name/)).toBeDisabled()
  })

  it('has no serious accessibility findings around the canvas: presence, notice, undo bar', async () => {
    const server = inPageCollabServer(referenceFolder(FOLDER))
    await openSharedEditor(server, true, { userId: 'ben', name: 'Ben Beispiel' })
    const reader = await openSharedEditor(server, false, { userId: 'kim', name: 'Kim Kurator' })
    const people = reader.screen.getByRole('list', { name: 'Personen im Dokument' })
    await expect.element(people.getByText('Ben Beispiel').first()).toBeInTheDocument()
    await expectNoSeriousA11yViolations(reader.screen.container, [
      '.bauplan-canvas',
      '.bauplan-properties',
    ])
  })
})
