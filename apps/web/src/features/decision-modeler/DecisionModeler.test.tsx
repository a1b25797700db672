import { deriveFiles, seedDraftDocument, setCell } from '@bauplan/collab'
import { checkDmn, hasErrors, parseDmn } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import * as Y from 'yjs'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceDmn, referenceFolder } from '../editor/testing/referenceModels'
import { DecisionModeler, type DecisionModelerHandle } from './DecisionModeler'

describe('decision modeler', () => {
  const models = Object.entries(referenceDmn)

  it('finds the reference decision models', () => {
    expect(models.length).toBeGreaterThanOrEqual(5)
  })

  it.each(models)(
    'opens %s, shows a decision table in German and exports valid DMN',
    async (path, xml) => {
      let handle: DecisionModelerHandle | undefined
      const screen = await render(
        <LocaleProvider initial="de">
          <DecisionModeler file={path} initialXml={xml} onReady={(h) => (handle = h)} />
        </LocaleProvider>
      )
      await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
      const table = handle!.modeler.getViews().find((view) => view.type === 'decisionTable')
      expect(table).toBeDefined()
      expect(await handle!.selectElement(table!.element.id)).toBe(true)
      await expect
        .element(screen.getByText('Trefferrichtlinie:', { exact: false }).first())
        .toBeVisible()
      expect(screen.container.querySelector('.dmn-decision-table-container')).not.toBeNull()
      // dmn-js keeps its own watermark; it must stay visible.
      expect(
        screen.container.querySelector('.powered-by-logo, .djs-powered-by, .bjs-powered-by')
      ).not.toBeNull()
      const exported = await handle!.getXml()
      const parsed = await parseDmn(exported, { file: path })
      expect(parsed.definitions).toBeDefined()
      expect(
        hasErrors([...parsed.problems, ...checkDmn(parsed.definitions!, exported, { file: path })])
      ).toBe(false)
    }
  )
})

describe('decision modeler on a shared document', () => {
  const FOLDER = 'verfahren/hundesteuer-anmelden'
  const FILE = 'hundesteuer-anmelden.dmn'
  const CELL = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'

  interface TableModeling {
    editCell(businessObject: unknown, text: string): void
  }

  it('writes edits to the document, shows others’ edits, undoes only its own, unbinds on unmount', async () => {
    const doc = new Y.Doc()
    expect((await seedDraftDocument(doc, referenceFolder(FOLDER))).problems).toEqual([])
    const xml = (await deriveFiles(doc))[FILE] ?? ''
    // lib0's Observable keeps its listeners in `_observers`; the binding's per-user undo and the
    // buttons listen to transactions of the document, and must stop when the modeler goes.
    const listeners = () =>
      (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get(
        'afterTransaction'
      )?.size ?? 0
    const listenersBefore = listeners()
    let handle: DecisionModelerHandle | undefined
    const screen = await render(
      <LocaleProvider initial="de">
        <DecisionModeler
          file={FILE}
          initialXml={xml}
          collab={{ doc, fileName: FILE, origin: 'me' }}
          onReady={(h) => (handle = h)}
        />
      </LocaleProvider>
    )
    await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
    expect(await handle!.selectElement('Decision_Steuersatz')).toBe(true)
    const undo = screen.getByRole('button', { name: 'Rückgängig' })
    const redo = screen.getByRole('button', { name: 'Wiederholen' })
    await expect.element(undo).toBeDisabled()

    const viewer = handle!.modeler.getActiveViewer()!
    const cell = () =>
      viewer
        .get<{ get(id: string): { businessObject: { text: string } } | undefined }>(
          'elementRegistry'
        )
        .get(CELL)!.businessObject
    viewer.get<TableModeling>('modeling').editCell(cell(), '70')
    expect((await deriveFiles(doc))[FILE]).toContain('<text>70</text>')
    await expect.element(undo).toBeEnabled()

    // Someone else's edit arrives without an import and is not undone by this user's undo.
    setCell(doc, 'someone-else', FILE, 'InputEntry_Steuersatz_ErsterHund_LaufendeNummer', '<= 1')
    await expect.element(screen.getByText('<= 1', { exact: true }).first()).toBeVisible()
    await undo.click()
    expect(cell().text).toBe('65')
    const derived = (await deriveFiles(doc))[FILE] ?? ''
    expect(derived).toContain('<text>65</text>')
    expect(derived).toContain('<text>&lt;= 1</text>')
    await expect.element(redo).toBeEnabled()
    await redo.click()
    expect(cell().text).toBe('70')

    expect(listeners()).toBeGreaterThan(listenersBefore)
    await screen.unmount()
    expect(listeners()).toBe(listenersBefore)
  })
})

describe('decision modeler given a shared document without its file', () => {
  it('says in German why it cannot edit it', async () => {
    const doc = new Y.Doc()
    const folder = referenceFolder('verfahren/hundesteuer-anmelden')
    expect((await seedDraftDocument(doc, folder)).problems).toEqual([])
    const screen = await render(
      <LocaleProvider initial="de">
        <DecisionModeler
          file="andere.dmn"
          initialXml={folder['hundesteuer-anmelden.dmn'] ?? ''}
          collab={{ doc, fileName: 'andere.dmn', origin: 'me' }}
        />
      </LocaleProvider>
    )
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Der Entwurf hat kein DMN-Modell „andere.dmn“.')
  })
})
