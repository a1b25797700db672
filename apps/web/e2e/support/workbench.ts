/**
 * What a person does again and again in the workbench, expressed through visible labels and roles.
 * Every step ends by waiting for something a person would see (or the server would answer), never
 * for a fixed time: a loaded machine is slower, not different.
 */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { DEMO_PASSWORD, WAIT_MS } from './browser'
import { storedBpmn } from './pageApi'

/** For `expect.poll`: its default (one second) is far too short on a loaded 2-core machine. */
export const POLL = { timeout: WAIT_MS, interval: 100 } as const

export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Benutzername oder E-Mail-Adresse').fill(username)
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.getByRole('button', { name: 'Abmelden' }).waitFor()
}

export function blockPath(id: string): string {
  return `/bausteine/${encodeURIComponent(id)}`
}

export function versionPath(id: string, version: string): string {
  return `${blockPath(id)}/versionen/${encodeURIComponent(version)}`
}

/** The block id and version of the editor page that is showing. */
export function editorTarget(page: Page): { id: string; version: string } {
  const segments = new URL(page.url()).pathname.split('/')
  return {
    id: decodeURIComponent(segments[2] ?? ''),
    version: decodeURIComponent(segments[4] ?? ''),
  }
}

/**
 * "Neuer Baustein" from the first template; resolves once the editor of the new draft shows.
 *
 * The dialog's template list starts with a disabled placeholder option ("Vorlagen werden
 * geladen …") and the name only counts once React has taken it (the suggested URN follows it), so
 * both are waited for before submitting. After submitting, exactly one of two things becomes
 * visible — the editor's URL or an alert in the dialog — and an alert fails with its text.
 */
export async function createBlockFromTemplate(
  page: Page,
  name: string,
  /** Runs with the filled-in dialog showing, before it is submitted (screenshots). */
  whenFilled?: () => Promise<void>
): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Neuer Baustein' }).click()
  const dialog = page.getByRole('dialog', { name: 'Neuen Baustein anlegen' })
  const template = dialog.getByRole('combobox', { name: 'Vorlage', exact: true })
  await expect.poll(() => template.isEnabled(), POLL).toBe(true)
  const nameField = dialog.getByRole('textbox', { name: 'Name des neuen Bausteins' })
  await nameField.fill(name)
  const idField = dialog.getByRole('textbox', { name: 'Kennung (URN)' })
  await expect.poll(() => idField.inputValue(), POLL).toMatch(/^urn:bauplan:baustein:[^:]+:.+/)
  await expect.poll(() => nameField.inputValue(), POLL).toBe(name)
  await whenFilled?.()

  await dialog.getByRole('button', { name: 'Anlegen und bearbeiten' }).click()
  await settledFirst(page.waitForURL(/\/bearbeiten$/), failureIn(dialog))
  // The URL changes before the editor has loaded the draft; its heading is the sign it is there.
  await page.getByRole('heading', { name: `Entwurf bearbeiten: ${name}`, level: 1 }).waitFor()
  await processCanvas(page).locator('.djs-container').waitFor()
  return editorTarget(page).id
}

/** Settles like the first of the waits to settle; the others' later failures are dropped. */
async function settledFirst(...waits: Promise<unknown>[]): Promise<void> {
  for (const wait of waits) wait.catch(() => undefined)
  await Promise.race(waits)
}

/** Rejects with the dialog's alert text as soon as it shows one; never resolves. */
async function failureIn(dialog: Locator): Promise<never> {
  const alert = dialog.getByRole('alert').filter({ hasText: /\S/ }).first()
  await alert.waitFor()
  throw new Error(`Creating the block failed in the dialog: ${await alert.innerText()}`)
}

export function processCanvas(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Prozess (BPMN)' })
}

/**
 * Puts a new task between the shape named `after` and what follows it, the way a modeller does it
 * without leaving a hidden parallel split (two unconditioned outgoing flows, which the quality
 * gates refuse): append the task through the context pad and name it, delete the old outgoing
 * flow, connect the task to the old flow's target. Each step waits until the diagram shows it.
 */
export async function insertTaskAfter(page: Page, after: string, name: string): Promise<void> {
  const canvas = processCanvas(page)
  const shapes = canvas.locator('.djs-element.djs-shape')
  const flows = canvas.locator('.djs-element.djs-connection')
  const shapesBefore = await shapes.count()
  const flowsBefore = await flows.count()
  const source = shapes.filter({ hasText: after }).first()
  await source.waitFor()
  const old = await outgoingFlow(source)

  await source.click()
  await canvas.getByTitle('Aufgabe anhängen').click()
  // Typing before the label editor has opened would send the keys to the page instead.
  const label = canvas.locator('.djs-direct-editing-parent')
  await label.waitFor()
  await label.pressSequentially(name)
  await page.keyboard.press('Enter')
  const task = shapes.filter({ hasText: name })
  await expect.poll(() => task.count(), POLL).toBe(1)
  await expect.poll(() => shapes.count(), POLL).toBe(shapesBefore + 1)
  await expect.poll(() => flows.count(), POLL).toBe(flowsBefore + 1)

  // Near its target the old flow runs alone (the new one shares its first stretch).
  await page.mouse.click(old.nearEnd.x, old.nearEnd.y)
  await canvas.locator('.djs-context-pad').getByTitle('Löschen').click()
  await expect.poll(() => flows.count(), POLL).toBe(flowsBefore)

  await task.click()
  await canvas.locator('.djs-context-pad').getByTitle('Mit anderem Element verbinden').click()
  await page.mouse.move(old.target.x, old.target.y, { steps: 5 })
  await page.mouse.click(old.target.x, old.target.y)
  await expect.poll(() => flows.count(), POLL).toBe(flowsBefore + 1)
}

/** Renames a task in place (double click, new label, Enter); resolves when the diagram shows it. */
export async function renameTask(page: Page, from: string, to: string): Promise<void> {
  const canvas = processCanvas(page)
  const shapes = canvas.locator('.djs-element.djs-shape')
  await shapes.filter({ hasText: from }).first().dblclick()
  const label = canvas.locator('.djs-direct-editing-parent')
  await label.waitFor()
  await label.press('ControlOrMeta+A')
  await label.pressSequentially(to)
  await page.keyboard.press('Enter')
  await expect.poll(() => shapes.filter({ hasText: to }).count(), POLL).toBe(1)
  await expect.poll(() => shapes.filter({ hasText: from }).count(), POLL).toBe(0)
}

interface ScreenPoint {
  x: number
  y: number
}

/**
 * The one sequence flow leaving `source`, in page coordinates: a point on it shortly before its
 * end (to select it) and the centre of the shape it ends at (to connect to that again).
 */
async function outgoingFlow(
  source: Locator
): Promise<{ nearEnd: ScreenPoint; target: ScreenPoint }> {
  const found = await source.evaluate((sourceElement) => {
    const root = sourceElement.closest('svg')
    const box = sourceElement.getBoundingClientRect()
    const inside = (p: DOMPoint, r: DOMRect, margin: number) =>
      p.x >= r.left - margin &&
      p.x <= r.right + margin &&
      p.y >= r.top - margin &&
      p.y <= r.bottom + margin
    for (const flow of root?.querySelectorAll('.djs-connection') ?? []) {
      // The flow's invisible, wide hit path runs through its waypoints (the visual group also
      // holds the arrowhead's marker path, so it is not the one to measure).
      const line = flow.querySelector<SVGPathElement>('path.djs-hit')
      const matrix = line?.getScreenCTM()
      if (!line || !matrix) continue
      const length = line.getTotalLength()
      const at = (distance: number) => {
        const point = line.getPointAtLength(distance)
        return new DOMPoint(point.x, point.y).matrixTransform(matrix)
      }
      const start = at(0)
      if (length === 0 || !inside(start, box, 3)) continue
      const beforeEnd = at(Math.max(length / 2, length - 15))
      const end = at(length)
      const target = [...(root?.querySelectorAll('.djs-shape') ?? [])]
        .filter((shape) => shape !== sourceElement && !shape.classList.contains('djs-label'))
        .map((shape) => shape.getBoundingClientRect())
        .filter((rect) => inside(end, rect, 3))
        .sort((a, b) => a.width * a.height - b.width * b.height)[0]
      if (!target) continue
      return {
        nearEnd: { x: beforeEnd.x, y: beforeEnd.y },
        target: { x: target.left + target.width / 2, y: target.top + target.height / 2 },
      }
    }
    return undefined
  })
  if (!found) throw new Error('No outgoing sequence flow found for the source shape')
  return found
}

/**
 * "Speichern", then waits until the server's copy of the draft has `mustContain` in its BPMN: the
 * status line alone could still show the state from before the change (autosave may also have
 * been first, which is fine).
 */
export async function saveDraft(
  page: Page,
  id: string,
  version: string,
  mustContain: string
): Promise<void> {
  await page.getByRole('button', { name: /Speichern/ }).click()
  await expect
    .poll(async () => (await storedBpmn(page, id, version)).includes(mustContain), POLL)
    .toBe(true)
  await page.getByRole('status').filter({ hasText: 'Alle Änderungen gespeichert' }).waitFor()
}

/** From the version page: "Zur Prüfung einreichen" and its confirmation. */
export async function submitForReview(page: Page, id: string, version: string): Promise<void> {
  await page.goto(versionPath(id, version))
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await page.getByText(`Version ${version} ist eingereicht.`).waitFor()
}

/** On the version page of a version in review: "Freigeben und veröffentlichen" and confirm. */
export async function approve(page: Page, version: string): Promise<void> {
  await page.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
  await page.getByText(`Version ${version} ist veröffentlicht.`).waitFor()
}
