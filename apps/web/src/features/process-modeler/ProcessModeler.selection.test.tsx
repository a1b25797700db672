import { createSeedUpdate, deriveFiles } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import * as Y from 'yjs'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import type { Selection } from './bpmnServices'
import {
  ProcessModeler,
  type ProcessModelerCollab,
  type ProcessModelerHandle,
} from './ProcessModeler'

// Renaming on the canvas, as a person does it: double click, type, Enter. Bound to the shared
// document, the modeler must end with the same selection as bpmn-js alone. diagram-js toggles the
// selection on each click of the double click (a click on the only selected element deselects
// it), so a task that was not selected before ends unselected in both, a selected one selected.

const FOLDER = referenceFolder('bausteine/identitaet-pruefen')
const BPMN = 'identitaet-pruefen.bpmn'
const TASK = 'Activity_AuthentifizierungAuswerten'

async function mount(collab?: ProcessModelerCollab) {
  let handle: ProcessModelerHandle | undefined
  const initialXml = collab ? (await deriveFiles(collab.doc))[BPMN]! : FOLDER[BPMN]!
  const screen = await render(
    <LocaleProvider initial="de">
      <div style={{ height: 600 }}>
        <ProcessModeler initialXml={initialXml} onReady={(h) => (handle = h)} collab={collab} />
      </div>
    </LocaleProvider>
  )
  await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
  return { screen, handle: handle! }
}

async function sharedDocument(): Promise<Y.Doc> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, (await createSeedUpdate(FOLDER)).update)
  return doc
}

/** Double click on the task, replace its name, Enter; returns what is selected afterwards. */
async function renameByDoubleClick(
  { screen, handle }: Awaited<ReturnType<typeof mount>>,
  name: string,
  selectedBefore: boolean
): Promise<string[]> {
  const task = screen.container.querySelector(`.djs-element[data-element-id="${TASK}"]`)
  if (!task) throw new Error(`${TASK} is not drawn`)
  const selection = handle.modeler.get<Selection>('selection')
  if (selectedBefore) await userEvent.click(task)
  expect(selection.get().map((element) => element.id)).toEqual(selectedBefore ? [TASK] : [])
  await userEvent.dblClick(task)
  await expect
    .poll(() => screen.container.querySelector('.djs-direct-editing-parent'))
    .not.toBeNull()
  await userEvent.keyboard('{Control>}a{/Control}')
  await userEvent.keyboard(name)
  await userEvent.keyboard('{Enter}')
  return selection.get().map((element) => element.id)
}

describe('process modeler: the selection after renaming on the canvas', () => {
  for (const selectedBefore of [true, false]) {
    it(`is the same shared as unshared (task ${selectedBefore ? '' : 'not '}selected before)`, async () => {
      const alone = await renameByDoubleClick(await mount(), 'Allein umbenannt', selectedBefore)

      const doc = await sharedDocument()
      const shared = await mount({ doc, fileName: BPMN, origin: { user: 'anna' } })
      const afterwards = await renameByDoubleClick(shared, 'Gemeinsam umbenannt', selectedBefore)

      const elements = doc.getMap(`model:${BPMN}:elements`)
      const stored = () => JSON.stringify(elements.get(TASK))
      await expect.poll(stored).toContain('Gemeinsam umbenannt')
      expect(afterwards).toEqual(alone)
      if (selectedBefore) expect(afterwards).toEqual([TASK])
    })
  }
})
