import '../../styles/index.css'
import { MemoryPresenceRoom, presenceColour, type PresenceUser } from '@bauplan/collab'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { LocaleProvider, type Locale } from '../../lib/i18n/i18n'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { PresenceBar } from './PresenceBar'

const anna = { userId: 'u-anna', name: 'Anna Schmidt' }
const bernd = { userId: 'u-bernd', name: 'Bernd Özdemir' }
const carla = { userId: 'u-carla', name: 'Carla Weber' }

// Real y-protocols awareness instances, joined in memory the way the server joins connections:
// each member's `user` is stamped from the identity it joined with.
let room = new MemoryPresenceRoom()
afterEach(() => {
  room.destroy()
  room = new MemoryPresenceRoom()
})

/** A tab of `user` that has published its state (y-websocket publishes on connect). */
function openTab(user: PresenceUser) {
  const awareness = room.join(user)
  awareness.setLocalStateField('selection', null)
  return awareness
}

async function renderBar(self: PresenceUser, locale: Locale = 'de', maxAvatars?: number) {
  const awareness = openTab(self)
  const screen = await render(
    <LocaleProvider initial={locale}>
      <PresenceBar awareness={awareness} self={self} maxAvatars={maxAvatars} />
    </LocaleProvider>
  )
  return { screen, awareness }
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

describe('PresenceBar', () => {
  it('shows self first, then everyone else once by name, in their colours, without a11y findings', async () => {
    openTab(carla)
    openTab(bernd)
    openTab(bernd) // a second tab of Bernd: still one avatar
    openTab(anna) // Anna's other tab: part of "self"
    const { screen } = await renderBar(anna)

    const list = screen.getByRole('list', { name: 'Personen im Dokument' })
    await expect.element(list).toBeVisible()
    const items = list.getByRole('listitem')
    await expect
      .poll(() => items.elements().map((item) => item.textContent))
      .toEqual([
        'ASAnna Schmidt (Sie)Anna Schmidt (Sie)',
        'BÖBernd ÖzdemirBernd Özdemir',
        'CWCarla WeberCarla Weber',
      ])
    const berndAvatar = items.nth(1).element() as HTMLElement
    expect(getComputedStyle(berndAvatar).backgroundColor).toBe(rgb(presenceColour('u-bernd').fill))
    expect(getComputedStyle(berndAvatar).color).toBe('rgb(255, 255, 255)')
    await expectNoSeriousA11yViolations(screen.container)
  })

  it('reaches every avatar by keyboard and shows the full name as tooltip on focus', async () => {
    openTab(bernd)
    const { screen } = await renderBar(anna)
    const items = screen.getByRole('listitem')
    await expect.poll(() => items.elements().length).toBe(2)
    await userEvent.keyboard('{Tab}')
    await expect.element(items.nth(0)).toHaveFocus()
    await userEvent.keyboard('{Tab}')
    await expect.element(items.nth(1)).toHaveFocus()
    const tooltip = items.nth(1).element().querySelector<HTMLElement>('.bauplan-presence__tooltip')!
    expect(tooltip.textContent).toBe('Bernd Özdemir')
    expect(getComputedStyle(tooltip).visibility).toBe('visible')
    const hiddenTooltip = items
      .nth(0)
      .element()
      .querySelector<HTMLElement>('.bauplan-presence__tooltip')!
    expect(getComputedStyle(hiddenTooltip).visibility).toBe('hidden')
  })

  it('announces who joins and who leaves, politely', async () => {
    const { screen } = await renderBar(anna)
    const status = screen.getByRole('status')
    await expect.element(status).toHaveAttribute('aria-live', 'polite')
    await expect.element(status).toHaveTextContent('')

    const berndTab = openTab(bernd)
    await expect.element(status).toHaveTextContent('Bernd Özdemir ist dem Dokument beigetreten.')
    await expect.element(screen.getByRole('listitem').nth(1)).toHaveTextContent(/Bernd Özdemir/)

    // A second tab and a selection change are no news.
    const berndTab2 = openTab(bernd)
    berndTab.setLocalStateField('selection', { fileName: 'a.bpmn', ids: ['Task_1'] })
    room.leave(berndTab)
    const carlaTab = openTab(carla)
    await expect.element(status).toHaveTextContent('Carla Weber ist dem Dokument beigetreten.')

    room.leave(berndTab2)
    room.leave(carlaTab)
    await expect.poll(() => screen.getByRole('listitem').elements().length).toBe(1)
    await expect.element(status).toHaveTextContent(/Bernd Özdemir hat das Dokument verlassen\./)
    await expect.element(status).toHaveTextContent(/Carla Weber hat das Dokument verlassen\./)
  })

  it('announces nothing while quiet (the first sync), and what changes afterwards', async () => {
    const awareness = openTab(anna)
    const bar = (quiet: boolean) => (
      <LocaleProvider initial="de">
        <PresenceBar awareness={awareness} self={anna} quiet={quiet} />
      </LocaleProvider>
    )
    const screen = await render(bar(true))
    openTab(bernd)
    openTab(carla)
    await expect.poll(() => screen.getByRole('listitem').elements().length).toBe(3)
    await expect.element(screen.getByRole('status')).toHaveTextContent('')
    // The last states of the first sync and its end arrive together: still no news.
    openTab({ userId: 'u-emil', name: 'Emil Roth' })
    await screen.rerender(bar(false))
    await expect.poll(() => screen.getByRole('listitem').elements().length).toBe(4)
    await expect.element(screen.getByRole('status')).toHaveTextContent('')
    const dora = openTab({ userId: 'u-dora', name: 'Dora Klein' })
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Dora Klein ist dem Dokument beigetreten.')
    room.leave(dora)
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Dora Klein hat das Dokument verlassen.')
  })

  it('speaks English on request', async () => {
    const { screen } = await renderBar(anna, 'en')
    await expect
      .element(screen.getByRole('list', { name: 'People in this document' }))
      .toBeVisible()
    await expect
      .element(screen.getByRole('listitem').nth(0))
      .toHaveTextContent(/Anna Schmidt \(you\)/)
    openTab(bernd)
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Bernd Özdemir joined the document.')
  })

  it('sums up everyone after the fifth avatar as "+N" with their names', async () => {
    const others = ['Berta', 'Cem', 'Dora', 'Emil', 'Frieda', 'Gustav', 'Hanna'].map((name) => ({
      userId: `u-${name.toLowerCase()}`,
      name,
    }))
    for (const user of others) openTab(user)
    const { screen } = await renderBar(anna)
    const items = screen.getByRole('listitem')
    await expect.poll(() => items.elements().length).toBe(6)
    const more = items.nth(5)
    await expect.element(more).toHaveTextContent(/^\+3/)
    await expect.element(more).toHaveTextContent(/3 weitere: Frieda, Gustav, Hanna/)
    await expectNoSeriousA11yViolations(screen.container)
  })

  it('shows only the others when the session user is not known', async () => {
    const awareness = openTab(anna)
    openTab(bernd)
    const screen = await render(
      <LocaleProvider initial="de">
        <PresenceBar awareness={awareness} />
      </LocaleProvider>
    )
    await expect
      .poll(() =>
        screen
          .getByRole('listitem')
          .elements()
          .map((e) => e.textContent)
      )
      .toEqual(['BÖBernd ÖzdemirBernd Özdemir'])
  })
})
