/**
 * Editing a draft together (issue #5), end to end: two analysts of the owning organisation, each in
 * a Chromium context of their own, edit the same draft through the real server's collaboration
 * WebSocket. Every check reads what the pages draw (and what a reload shows, which is what the
 * server stored), and every wait is for such a state, never for a time.
 *
 * Each test works on a draft of its own reference block, one that no other e2e file drafts (the
 * files share one server, and a block has at most one open draft).
 *
 * The server killed with SIGKILL mid-edit is tested at the server level:
 * apps/server/src/collab/crash.test.ts.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './support/browser'
import {
  appendTaskOnCanvas,
  createTaskFromPalette,
  diagramPositionOf,
  dragOnCanvas,
  elementOnCanvas,
  expectLabel,
  labelOf,
  renameOnCanvas,
  selectOnCanvas,
  undoOnCanvas,
} from './support/collabDiagram'
import {
  ADMIN,
  closeAll,
  connectionOf,
  createSecondAnalyst,
  CURATOR,
  editorOf,
  expectSaved,
  FIRST_ANALYST,
  openDraftOf,
  openEditor,
  saveStateOf,
  SECOND_ANALYST,
  signIn,
  type Person,
} from './support/collabPeople'
import { screenshot } from './support/screenshots'
import { POLL, processCanvas } from './support/workbench'

const BLOCKS = {
  differentElements: 'urn:bauplan:baustein:sn:unterlagen-nachfordern',
  sameElement: 'urn:bauplan:baustein:sn:vollstaendigkeit-pruefen',
  undo: 'urn:bauplan:baustein:sn:bescheid-erstellen',
  presence: 'urn:bauplan:baustein:sn:anhoerung-durchfuehren',
  readOnly: 'urn:bauplan:baustein:sn:zustaendigkeit-pruefen',
  offline: 'urn:bauplan:baustein:sn:zahlung-abwickeln',
  unsavedWarning: 'urn:bauplan:baustein:sn:verfahrensstand-mitteilen',
  renameSelected: 'urn:bauplan:baustein:sn:bescheid-bekanntgeben',
} as const

describe('editing a draft together: two Chromium pages through the real server', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
    const admin = await signIn(browser, baseUrl, { username: ADMIN, displayName: '' })
    try {
      await createSecondAnalyst(admin.page)
    } catch (error) {
      await closeAll([admin], 'collab-admin', error)
    }
    await closeAll([admin], 'collab-admin')
  })
  afterAll(async () => {
    await browser?.close()
  })

  /**
   * Both analysts in the editor of a new draft of `blockId` (the first one opens the draft), then
   * `run`; every page is closed afterwards, with screenshots when it failed.
   */
  async function together(
    label: string,
    blockId: string,
    run: (anna: Person, ben: Person, version: string) => Promise<void>
  ): Promise<void> {
    const people: Person[] = []
    try {
      const anna = await signIn(browser, baseUrl, FIRST_ANALYST)
      people.push(anna)
      const ben = await signIn(browser, baseUrl, SECOND_ANALYST)
      people.push(ben)
      const version = await openDraftOf(anna.page, blockId)
      await openEditor(anna, blockId, version)
      await openEditor(ben, blockId, version)
      await run(anna, ben, version)
    } catch (error) {
      await closeAll(people, label, error)
    }
    await closeAll(people, label)
  }

  it('concurrent edits of different elements both survive', async () => {
    await together('collab-different', BLOCKS.differentElements, async (anna, ben) => {
      const renamed = 'Nachforderung schriftlich erstellen'
      const appended = 'Unterlagen einscannen'
      const moved = 'Activity_FristablaufVermerken'
      // At the same time: Anna renames one task while Ben appends a task to another and moves a
      // third.
      const [, created] = await Promise.all([
        renameOnCanvas(anna.page, 'Activity_NachforderungErstellen', renamed),
        (async () => {
          const id = await appendTaskOnCanvas(ben.page, 'Activity_UnterlagenSichten', appended)
          await dragOnCanvas(ben.page, moved, 0, 60)
          return id
        })(),
      ])
      const bensPosition = await diagramPositionOf(ben.page, moved)
      for (const person of [anna, ben]) {
        await expectLabel(person.page, 'Activity_NachforderungErstellen', renamed)
        await expect.poll(() => elementOnCanvas(person.page, created).count(), POLL).toBe(1)
        // Live, not only after a reload: Ben still has the new task selected, and Anna's canvas
        // outlines it for him while drawing its name.
        await expectLabel(person.page, created, appended)
        await expect.poll(() => diagramPositionOf(person.page, moved), POLL).toBe(bensPosition)
        await expectSaved(person)
      }
      // A reload shows what the server stored: all of it, the new task with its name.
      await anna.page.reload()
      await expect.poll(() => connectionOf(anna.page), POLL).toBe('online')
      await expectLabel(anna.page, 'Activity_NachforderungErstellen', renamed)
      await expectLabel(anna.page, created, appended)
      expect(await diagramPositionOf(anna.page, moved)).toBe(bensPosition)
    })
  })

  it('a concurrent rename of one element converges to one name on both pages', async () => {
    await together('collab-same', BLOCKS.sameElement, async (anna, ben) => {
      const task = 'Activity_AnlagenPruefen'
      // Cut off from each other, both rename the same task: a real conflict, whatever the timing.
      await Promise.all([anna.network.goOffline(), ben.network.goOffline()])
      await expect.poll(() => connectionOf(anna.page), POLL).toBe('offline')
      await expect.poll(() => connectionOf(ben.page), POLL).toBe('offline')
      await renameOnCanvas(anna.page, task, 'Anlagen vollständig prüfen')
      await renameOnCanvas(ben.page, task, 'Anlagen sorgfältig prüfen')
      await Promise.all([anna.network.goOnline(), ben.network.goOnline()])
      await expectSaved(anna)
      await expectSaved(ben)
      const both = async () => [await labelOf(anna.page, task), await labelOf(ben.page, task)]
      await expect.poll(async () => new Set(await both()).size, POLL).toBe(1)
      expect(['Anlagen vollständig prüfen', 'Anlagen sorgfältig prüfen']).toContain(
        (await both())[0]
      )
    })
  })

  it('undo in one page reverts only that person’s own change', async () => {
    await together('collab-undo', BLOCKS.undo, async (anna, ben) => {
      const annasTask = 'Activity_BegruendungVerfassen'
      const bensTask = 'Activity_BescheidFreigeben'
      const annasOriginal = await labelOf(anna.page, annasTask)
      await renameOnCanvas(anna.page, annasTask, 'Begründung ausführlich verfassen')
      await expectLabel(ben.page, annasTask, 'Begründung ausführlich verfassen')
      // Ben's change comes after Anna's: a shared undo stack would revert it first.
      await renameOnCanvas(ben.page, bensTask, 'Bescheid im Vier-Augen-Prinzip freigeben')
      await expectLabel(anna.page, bensTask, 'Bescheid im Vier-Augen-Prinzip freigeben')

      await undoOnCanvas(anna.page)
      for (const person of [anna, ben]) {
        await expectLabel(person.page, annasTask, annasOriginal ?? '')
        await expectLabel(person.page, bensTask, 'Bescheid im Vier-Augen-Prinzip freigeben')
      }
      await expectSaved(anna)
    })
  })

  it('presence shows the other person and what they selected', async () => {
    await together('collab-presence', BLOCKS.presence, async (anna, ben) => {
      const people = (person: Person) =>
        person.page.getByRole('list', { name: 'Personen im Dokument' })
      const listed = (person: Person, name: string) =>
        people(person).getByRole('listitem').filter({ hasText: name }).count()
      await expect.poll(() => listed(anna, SECOND_ANALYST.displayName), POLL).toBe(1)
      await expect.poll(() => listed(ben, FIRST_ANALYST.displayName), POLL).toBe(1)

      // Anna selects a task: Ben's canvas outlines it and names her beside it.
      const task = 'Activity_AeusserungWuerdigen'
      await selectOnCanvas(anna.page, task)
      const outline = processCanvas(ben.page).locator(
        `.bauplan-presence-outline[data-element-id="${task}"]`
      )
      await expect.poll(() => outline.count(), POLL).toBe(1)
      await expect
        .poll(
          () => processCanvas(ben.page).locator('.bauplan-presence-label').allTextContents(),
          POLL
        )
        .toEqual([FIRST_ANALYST.displayName])
      await screenshot(ben.page, 'zusammenarbeit')

      // Anna leaves: she disappears from Ben's bar, her outline from his canvas.
      await anna.page.close()
      await expect.poll(() => listed(ben, FIRST_ANALYST.displayName), POLL).toBe(0)
      await expect.poll(() => outline.count(), POLL).toBe(0)
    })
  })

  it('renaming an element the other person has selected updates both canvases', async () => {
    await together('collab-rename-selected', BLOCKS.renameSelected, async (anna, ben) => {
      const task = 'Activity_BekanntgabeVermerken'
      const outlineOn = (person: Person) =>
        processCanvas(person.page).locator(`.bauplan-presence-outline[data-element-id="${task}"]`)
      // Ben selects the task: Anna's canvas outlines it for him.
      await selectOnCanvas(ben.page, task)
      await expect.poll(() => outlineOn(anna).count(), POLL).toBe(1)

      // Anna renames the outlined task (renameOnCanvas waits for her own canvas to draw it).
      await renameOnCanvas(anna.page, task, 'Bekanntgabedatum in der E-Akte vermerken')
      await expectLabel(ben.page, task, 'Bekanntgabedatum in der E-Akte vermerken')
      // Now Anna selects it too: Ben renames it under her outline.
      await selectOnCanvas(anna.page, task)
      await expect.poll(() => outlineOn(ben).count(), POLL).toBe(1)
      await renameOnCanvas(ben.page, task, 'Tag der Bekanntgabe vermerken')
      for (const person of [anna, ben]) {
        await expectLabel(person.page, task, 'Tag der Bekanntgabe vermerken')
        // The outlines are still there: each page still shows the other's selection.
        await expect.poll(() => outlineOn(person).count(), POLL).toBe(1)
        await expectSaved(person)
      }
    })
  })

  it('a curator reads the draft live but cannot change it', async () => {
    await together('collab-read-only', BLOCKS.readOnly, async (anna, _ben, version) => {
      const curator = await signIn(browser, baseUrl, CURATOR)
      try {
        await openEditor(curator, BLOCKS.readOnly, version)
        const { page } = curator
        await expect
          .poll(() => editorOf(page).getAttribute('data-collab-readonly'), POLL)
          .toBe('true')
        await page
          .getByRole('note')
          .filter({
            hasText: 'Nur lesen: Sie können diesen Entwurf ansehen, aber nicht bearbeiten.',
          })
          .waitFor()
        expect(await saveStateOf(page)).toBe('readOnly')
        const task = 'Activity_ZustaendigkeitErmitteln'
        const original = await labelOf(page, task)

        const where = await diagramPositionOf(page, task)
        // What an analyst does, the curator tries too: a double click opens no label editor,
        // Delete removes nothing, a drag moves nothing, and no palette offers new elements.
        await elementOnCanvas(page, task).dblclick()
        expect(await processCanvas(page).locator('.djs-direct-editing-parent').isVisible()).toBe(
          false
        )
        await elementOnCanvas(page, task).click()
        await page.keyboard.press('Delete')
        expect(await processCanvas(page).locator('.djs-palette').isVisible()).toBe(false)
        await dragOnCanvas(page, task, 0, 120)

        // Anna's change after all that reaches the curator, so the curator's attempts came first.
        await renameOnCanvas(anna.page, 'Activity_AntragWeiterleiten', 'Antrag sofort weiterleiten')
        await expectLabel(page, 'Activity_AntragWeiterleiten', 'Antrag sofort weiterleiten')
        for (const person of [anna, curator]) {
          await expectLabel(person.page, task, original ?? '')
          expect(await diagramPositionOf(person.page, task)).toBe(where)
        }
        // And the server kept nothing of it: a reload shows the task as it was, where it was.
        await page.reload()
        await expect.poll(() => connectionOf(page), POLL).toBe('online')
        await expectLabel(page, 'Activity_AntragWeiterleiten', 'Antrag sofort weiterleiten')
        await expectLabel(page, task, original ?? '')
        expect(await diagramPositionOf(page, task)).toBe(where)
      } catch (error) {
        await closeAll([curator], 'collab-read-only-curator', error)
      }
      await closeAll([curator], 'collab-read-only-curator')
    })
  })

  it('edits made while disconnected merge when the connection is back', async () => {
    await together('collab-offline', BLOCKS.offline, async (anna, ben) => {
      await ben.network.goOffline()
      await expect.poll(() => connectionOf(ben.page), POLL).toBe('offline')
      await renameOnCanvas(ben.page, 'Activity_ZahlungBuchen', 'Zahlungseingang automatisch buchen')
      // A new task from the palette, below the renamed one (free space in the same lane).
      const created = await createTaskFromPalette(
        ben.page,
        'Activity_ZahlungBuchen',
        { right: 0, down: 1.6 },
        'Mahnung vorbereiten'
      )
      expect(await saveStateOf(ben.page)).toBe('offline')
      // Meanwhile Anna, online, changes another task; Ben cannot see it yet, nor she his.
      await renameOnCanvas(
        anna.page,
        'Activity_ZahlvorgangAnlegen',
        'Zahlvorgang im Portal anlegen'
      )
      await expectSaved(anna)
      expect(await labelOf(anna.page, 'Activity_ZahlungBuchen')).toBe('Zahlungseingang buchen')
      expect(await labelOf(ben.page, 'Activity_ZahlvorgangAnlegen')).toBe('Zahlvorgang anlegen')
      expect(await elementOnCanvas(anna.page, created).count()).toBe(0)

      await ben.network.goOnline()
      await expectSaved(ben)
      for (const person of [anna, ben]) {
        await expectLabel(person.page, created, 'Mahnung vorbereiten')
        await expectLabel(
          person.page,
          'Activity_ZahlungBuchen',
          'Zahlungseingang automatisch buchen'
        )
        await expectLabel(
          person.page,
          'Activity_ZahlvorgangAnlegen',
          'Zahlvorgang im Portal anlegen'
        )
      }
    })
  })

  it('a tab with unsaved edits warns before closing; once stored it closes without asking', async () => {
    await together('collab-unsaved', BLOCKS.unsavedWarning, async (anna, ben) => {
      // Offline, Ben's edit cannot be acknowledged: it stays unsaved.
      await ben.network.goOffline()
      await expect.poll(() => connectionOf(ben.page), POLL).toBe('offline')
      await renameOnCanvas(ben.page, 'Activity_StatusSenden', 'Statusnachricht per E-Mail senden')

      const closing = ben.page.waitForEvent('dialog')
      await ben.page.close({ runBeforeUnload: true })
      const dialog = await closing
      expect(dialog.type()).toBe('beforeunload')
      // Stay on the page: the edit is still there and goes out when the connection is back.
      await dialog.dismiss()
      await ben.network.goOnline()
      await expectSaved(ben)
      await expectLabel(anna.page, 'Activity_StatusSenden', 'Statusnachricht per E-Mail senden')

      // Everything stored: closing asks nothing (a dialog would keep the page open).
      const asked = new Promise<string>((resolve) =>
        ben.page.once('dialog', (again) => {
          void again.dismiss()
          resolve(`asked: ${again.type()}`)
        })
      )
      const closed = new Promise<string>((resolve) =>
        ben.page.once('close', () => resolve('closed'))
      )
      await ben.page.close({ runBeforeUnload: true })
      expect(await Promise.race([asked, closed])).toBe('closed')
    })
  })
})
