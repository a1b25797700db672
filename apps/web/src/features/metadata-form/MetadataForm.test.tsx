import { validateBaustein } from '@bauplan/domain'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import { LocaleProvider, useLocale } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import { fieldId } from './jsonPointer'
import { MetadataForm } from './MetadataForm'

const gewerbe = JSON.parse(
  referenceFolder('verfahren/gewerbe-anmelden')['baustein.json']!
) as Record<string, unknown>

function Harness({ initial, seen }: { initial: unknown; seen: unknown[] }) {
  const [value, setValue] = useState(initial)
  const { setLocale } = useLocale()
  return (
    <>
      <button type="button" onClick={() => setLocale('en')}>
        English
      </button>
      <MetadataForm
        value={value}
        onChange={(next) => {
          seen.push(next)
          setValue(next)
        }}
      />
    </>
  )
}

async function renderForm(initial: unknown = gewerbe) {
  const seen: unknown[] = []
  const screen = await render(
    <LocaleProvider initial="de">
      <Harness initial={initial} seen={seen} />
    </LocaleProvider>
  )
  const latest = () => seen[seen.length - 1]
  return { screen, latest }
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id)
  if (!element) throw new Error(`no element #${id}`)
  return element
}

describe('metadata form', () => {
  it('says the reference metadata is valid and labels the top-level fields in German', async () => {
    const { screen } = await renderForm()
    await expect.element(screen.getByText('Die Metadaten sind gültig.')).toBeVisible()
    await expect.element(screen.getByLabelText(/^Name/)).toHaveValue(String(gewerbe.name))
    await expect.element(screen.getByLabelText(/^Kennung \(URN\)/)).toHaveAttribute('readonly')
  })

  it('shows the German message next to an invalid Leistungsschlüssel, and English after switching', async () => {
    const { screen, latest } = await renderForm()
    const pointer = '/leistungen/0/leistungsschluessel'
    byId(`${fieldId('/leistungen')}-section`).click()
    await expect.poll(() => document.getElementById(fieldId(pointer))).not.toBeNull()
    const input = byId(fieldId(pointer)) as HTMLInputElement
    await userEvent.clear(input)
    await userEvent.type(input, '1234')
    expect(
      (latest() as { leistungen: { leistungsschluessel: string }[] }).leistungen[0]!
        .leistungsschluessel
    ).toBe('1234')

    const expected = validateBaustein(latest()).problems.find((p) => p.pointer === pointer)
    expect(expected).toBeDefined()
    const problemsId = `${fieldId(pointer)}-problems`
    await expect
      .poll(() => document.getElementById(problemsId)?.textContent)
      .toContain(expected!.message.de)
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toContain(problemsId)
    await expect
      .element(screen.getByRole('heading', { name: 'Die Metadaten enthalten 1 Fehler' }))
      .toBeVisible()

    await screen.getByRole('button', { name: 'English' }).click()
    await expect
      .poll(() => document.getElementById(problemsId)?.textContent)
      .toContain(expected!.message.en)
    expect(expected!.message.en).not.toBe(expected!.message.de)
    await expect
      .element(screen.getByRole('heading', { name: 'The metadata has 1 error' }))
      .toBeVisible()
  })

  it('links each summary entry to its field, opening its section, and moves focus there', async () => {
    const broken = { ...gewerbe, bausteinart: undefined, herausgeber: {} }
    const { screen } = await renderForm(broken)
    const messageAt = (pointer: string) =>
      validateBaustein(broken).problems.find((p) => p.pointer === pointer)!.message.de
    await screen.getByRole('link', { name: messageAt('/bausteinart'), exact: false }).click()
    expect(document.activeElement?.id).toBe(fieldId('/bausteinart'))
    const nested = '/herausgeber/organisationsname'
    await screen.getByRole('link', { name: messageAt(nested), exact: false }).click()
    await expect.poll(() => document.activeElement?.id).toBe(fieldId(nested))
  })

  it('adds and removes list entries by keyboard, with labelled controls', async () => {
    const { screen, latest } = await renderForm()
    const section = byId(`${fieldId('/schlagwort')}-section`)
    section.focus()
    await userEvent.keyboard('{Enter}')
    const add = screen.getByRole('button', { name: 'Schlagwörter: Eintrag hinzufügen' })
    const before = (gewerbe.schlagwort as string[] | undefined)?.length ?? 0
    ;(add.element() as HTMLButtonElement).focus()
    await userEvent.keyboard('{Enter}')
    const entry = screen.getByLabelText(`Schlagwörter, Eintrag ${before + 1}`, { exact: false })
    await entry.fill('Gewerbe')
    expect((latest() as { schlagwort: string[] }).schlagwort).toHaveLength(before + 1)
    await screen
      .getByRole('button', { name: `Schlagwörter: Eintrag ${before + 1} entfernen` })
      .click()
    expect((latest() as { schlagwort?: string[] }).schlagwort ?? []).toHaveLength(before)
  })

  it('renders enums as selects and dates as date inputs', async () => {
    const { screen, latest } = await renderForm()
    const art = screen.getByLabelText(/^Bausteinart/)
    await art.selectOptions('stammprozess')
    expect((latest() as { bausteinart: string }).bausteinart).toBe('stammprozess')
    expect((screen.getByLabelText(/^Gültig ab/).element() as HTMLInputElement).type).toBe('date')
  })
})
