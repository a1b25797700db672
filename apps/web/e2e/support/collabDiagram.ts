/**
 * The BPMN canvas as a person uses it (double click and type, context pad, drag, Ctrl+Z) and as
 * the tests read it: the SVG bpmn-js draws, where every element is a group with
 * `data-element-id`. Nothing here reaches into the modeler: the editor exposes none of it, and what
 * is drawn is what the other person sees.
 */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { POLL, processCanvas } from './workbench'

/** The drawn element with this BPMN id (its shape or connection group). */
export function elementOnCanvas(page: Page, id: string): Locator {
  return processCanvas(page).locator(`.djs-element[data-element-id="${id}"]`)
}

/**
 * The label bpmn-js draws for an element, lines joined by single spaces; undefined while the
 * element is not drawn. Tasks carry their label inside their own group; events and gateways in a
 * separate `<id>_label` group, which is read when the element has none.
 */
export async function labelOf(page: Page, id: string): Promise<string | undefined> {
  return processCanvas(page).evaluate((canvas, elementId) => {
    const group = (key: string) => canvas.querySelector(`.djs-element[data-element-id="${key}"]`)
    const element = group(elementId)
    if (!element) return undefined
    // bpmn-js wraps lines at spaces (dropped) and after hyphens (kept at the line's end).
    const textOf = (owner: Element | null) =>
      [...(owner?.querySelectorAll('.djs-visual text tspan') ?? [])]
        .map((line) => (line.textContent ?? '').trim())
        .reduce(
          (text, line) => (text === '' || text.endsWith('-') ? text + line : `${text} ${line}`),
          ''
        )
    return textOf(element) || textOf(group(`${elementId}_label`))
  }, id)
}

/** Ids of every shape drawn; external labels (bpmn-js draws them as shapes `<id>_label`) left out. */
export async function shapeIds(page: Page): Promise<string[]> {
  const ids = await processCanvas(page)
    .locator('.djs-element.djs-shape')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-element-id') ?? ''))
  return ids.filter((id) => id !== '' && !id.endsWith('_label'))
}

/** Waits until the page draws `id` with exactly this label. */
export async function expectLabel(page: Page, id: string, label: string): Promise<void> {
  await expect.poll(() => labelOf(page, id), POLL).toBe(label)
}

/** Renames an element in place: double click, replace the text, Enter. Waits until it is drawn. */
export async function renameOnCanvas(page: Page, id: string, name: string): Promise<void> {
  await elementOnCanvas(page, id).dblclick()
  const editor = processCanvas(page).locator('.djs-direct-editing-parent')
  // Typing before the label editor has opened would send the keys to the page instead.
  await editor.waitFor()
  await editor.press('ControlOrMeta+A')
  await editor.pressSequentially(name)
  await page.keyboard.press('Enter')
  await expectLabel(page, id, name)
}

/**
 * Appends a task to `afterId` through the context pad ("Aufgabe anhängen") and names it. Returns
 * the new task's id, once it is drawn with its name.
 */
export async function appendTaskOnCanvas(
  page: Page,
  afterId: string,
  name: string
): Promise<string> {
  const before = new Set(await shapeIds(page))
  await elementOnCanvas(page, afterId).click()
  await processCanvas(page).locator('.djs-context-pad').getByTitle('Aufgabe anhängen').click()
  return nameNewTask(page, before, name)
}

/**
 * Creates a task from the palette ("Aufgabe erstellen"): picks it up, drops it next to `nextTo`,
 * offset by multiples of that element's own size (so it works at any zoom), and names it in the
 * label editor bpmn-js opens for a new task. Returns the new task's id, once it is drawn named.
 */
export async function createTaskFromPalette(
  page: Page,
  nextTo: string,
  offset: { right: number; down: number },
  name: string
): Promise<string> {
  const before = new Set(await shapeIds(page))
  const box = await elementOnCanvas(page, nextTo).first().boundingBox()
  if (!box) throw new Error(`Element ${nextTo} is not drawn`)
  const target = {
    x: box.x + box.width * (0.5 + offset.right),
    y: box.y + box.height * (0.5 + offset.down),
  }
  await processCanvas(page).getByRole('button', { name: 'Aufgabe erstellen' }).click()
  // The new task follows the pointer until a click puts it down.
  await page.mouse.move(target.x - 20, target.y - 20, { steps: 4 })
  await page.mouse.move(target.x, target.y, { steps: 4 })
  await page.mouse.click(target.x, target.y)
  return nameNewTask(page, before, name)
}

/** Types the name into the label editor of a just-created task; returns the task's id. */
async function nameNewTask(page: Page, before: Set<string>, name: string): Promise<string> {
  const editor = processCanvas(page).locator('.djs-direct-editing-parent')
  await editor.waitFor()
  await editor.pressSequentially(name)
  await page.keyboard.press('Enter')
  let created: string | undefined
  await expect
    .poll(async () => {
      const added = (await shapeIds(page)).filter((id) => !before.has(id))
      created = added.length === 1 ? added[0] : undefined
      return created === undefined ? undefined : labelOf(page, created)
    }, POLL)
    .toBe(name)
  if (created === undefined) throw new Error('The new task was not drawn')
  return created
}

/** Where an element sits in the diagram (its SVG transform), whatever the scrolling and zoom. */
export async function diagramPositionOf(page: Page, id: string): Promise<string | null> {
  return elementOnCanvas(page, id).first().getAttribute('transform')
}

/** Drags a shape by (dx, dy) screen pixels, grabbing it near its top edge (not on its label). */
export async function dragOnCanvas(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = await elementOnCanvas(page, id).first().boundingBox()
  if (!box) throw new Error(`Element ${id} is not drawn`)
  const from = { x: box.x + box.width / 2, y: box.y + 8 }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 })
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 })
  await page.mouse.up()
}

/** Selects an element by clicking it (what another person sees as this person's selection). */
export async function selectOnCanvas(page: Page, id: string): Promise<void> {
  await elementOnCanvas(page, id).click()
  await expect
    .poll(() => elementOnCanvas(page, id).first().getAttribute('class'), POLL)
    .toMatch(/\bselected\b/)
}

/**
 * Ctrl+Z in the diagram. The modeler's shortcuts listen on its canvas (a focusable SVG), so it gets
 * the focus first, as a click into the diagram would give it.
 */
export async function undoOnCanvas(page: Page): Promise<void> {
  await processCanvas(page).locator('.djs-container > svg').first().focus()
  await page.keyboard.press('ControlOrMeta+Z')
}
