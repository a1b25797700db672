import { createSeedUpdate, deriveFiles } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import * as Y from 'yjs'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import type { Canvas, ElementFactory, ElementRegistry, Modeling } from './bpmnServices'
import {
  ProcessModeler,
  type ProcessModelerHandle,
  type ProcessModelerProps,
} from './ProcessModeler'

const FOLDER = referenceFolder('bausteine/identitaet-pruefen')
const BPMN = 'identitaet-pruefen.bpmn'

async function mount(props: Partial<ProcessModelerProps> = {}) {
  let handle: ProcessModelerHandle | undefined
  const screen = await render(
    <LocaleProvider initial="de">
      <div style={{ height: 700 }}>
        <ProcessModeler initialXml={FOLDER[BPMN]!} onReady={(h) => (handle = h)} {...props} />
      </div>
    </LocaleProvider>
  )
  await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
  return { screen, handle: handle! }
}

function addTask({ modeler }: ProcessModelerHandle) {
  const parent = modeler.get<Canvas>('canvas').getRootElement()
  const participant = modeler
    .get<ElementRegistry>('elementRegistry')
    .filter(
      (e) => e.type === 'bpmn:Participant' && e.businessObject.get('processRef') !== undefined
    )[0]
  const task = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' })
  return modeler
    .get<Modeling>('modeling')
    .createShape(task, { x: 500, y: 420 }, participant ?? parent)
}

const has = ({ modeler }: ProcessModelerHandle, id: string) =>
  modeler.get<ElementRegistry>('elementRegistry').get(id) !== undefined

describe('process modeler editing', () => {
  it('undoes and redoes with the buttons', async () => {
    const { screen, handle } = await mount()
    const undo = screen.getByRole('button', { name: /^Rückgängig/ })
    const redo = screen.getByRole('button', { name: /^Wiederholen/ })
    await expect.element(undo).toBeDisabled()
    const task = addTask(handle)
    await expect.element(undo).toBeEnabled()
    await undo.click()
    expect(has(handle, task.id)).toBe(false)
    await expect.element(redo).toBeEnabled()
    await redo.click()
    expect(has(handle, task.id)).toBe(true)
  })

  it('bound to a shared document: a command is written into it, undo takes it out again', async () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, (await createSeedUpdate(FOLDER)).update)
    const origin = { user: 'anna' }
    const { screen, handle } = await mount({
      initialXml: (await deriveFiles(doc))[BPMN]!,
      collab: { doc, fileName: BPMN, origin },
    })
    expect(
      screen.container.querySelector('.bauplan-process-modeler')?.getAttribute('data-shared')
    ).toBe('true')
    const elements = doc.getMap(`model:${BPMN}:elements`)
    const task = addTask(handle)
    await expect.poll(() => elements.has(task.id)).toBe(true)
    await screen.getByRole('button', { name: /^Rückgängig/ }).click()
    expect(elements.has(task.id)).toBe(false)
    await expect.poll(() => has(handle, task.id)).toBe(false)
  })

  it('read-only: refuses every command the tools ask for, and hides palette and context pad', async () => {
    const { screen, handle } = await mount({ readOnly: true })
    const root = screen.container.querySelector<HTMLElement>('.bauplan-process-modeler')!
    expect(root.classList.contains('bauplan-read-only')).toBe(true)
    expect(getComputedStyle(root.querySelector('.djs-palette')!).display).toBe('none')
    const rules = handle.modeler.get<{ allowed(action: string, context: object): unknown }>('rules')
    const shape = handle.modeler
      .get<ElementRegistry>('elementRegistry')
      .filter((e) => e.type.endsWith('Task'))[0]!
    expect(rules.allowed('elements.delete', { elements: [shape] })).toBe(false)
    expect(rules.allowed('elements.move', { shapes: [shape] })).toBe(false)
    // What executes without asking the rules (label editing, properties) is dropped as well.
    handle.modeler.get<Modeling>('modeling').updateProperties(shape, { name: 'Vom Leser' })
    expect(shape.businessObject.name).not.toBe('Vom Leser')
    await expect.element(screen.getByRole('button', { name: /^Rückgängig/ })).toBeDisabled()
  })
})
