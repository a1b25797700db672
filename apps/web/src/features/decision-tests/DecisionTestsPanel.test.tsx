import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { createMemoryHistory } from '../../lib/router/history'
import { RouterProvider } from '../../lib/router/Router'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { EditorPage } from '../editor/EditorPage'
import { inMemoryDraftApi } from '../editor/testing/inMemoryDraftApi'
import { referenceFolder } from '../editor/testing/referenceModels'

const BLOCK = 'urn:bauplan:baustein:sn:hundesteuer-anmelden'
const TESTS = 'entscheidungstests.json'

async function openTests(
  folder = referenceFolder('verfahren/hundesteuer-anmelden'),
  locale: 'de' | 'en' = 'de'
) {
  const backend = inMemoryDraftApi(BLOCK, '1.0.0', folder)
  const screen = await render(
    <LocaleProvider initial={locale}>
      <RouterProvider history={createMemoryHistory('/')}>
        <EditorPage blockId={BLOCK} version="1.0.0" api={backend.api} autosaveDelayMs={60_000} />
      </RouterProvider>
    </LocaleProvider>
  )
  await screen
    .getByRole('tab', { name: locale === 'de' ? 'Entscheidungstests' : 'Decision tests' })
    .click()
  await expect
    .element(
      screen.getByRole('heading', {
        name: locale === 'de' ? 'Entscheidung „Steuersatz“' : 'Decision “Steuersatz”',
      })
    )
    .toBeVisible()
  return { screen, backend }
}

describe('decision tests table', () => {
  it('runs the block’s tests in the browser and shows a failing one with its actual value and matched rule', async () => {
    const { screen } = await openTests()
    const expected = screen.getByRole('textbox', { name: 'Test Nr. 2: erwartet „jahressteuer“' })
    await expect.element(expected).toHaveValue('100')
    await expect
      .element(screen.getByRole('textbox', { name: 'Test Nr. 7: Eingabe „zweck“' }))
      .toHaveValue('Blindenfuehrhund')
    await screen.getByRole('button', { name: 'Tests ausführen' }).click()
    await expect
      .element(screen.getByText('12 Tests: 12 bestanden, 0 fehlgeschlagen.'))
      .toBeVisible()

    await expected.fill('120')
    await expect.element(screen.getByText('Geändert seit dem letzten Lauf.')).toBeVisible()
    await screen.getByRole('button', { name: 'Tests ausführen' }).click()
    await expect
      .element(screen.getByText('12 Tests: 11 bestanden, 1 fehlgeschlagen.'))
      .toBeVisible()
    const failed = [...document.querySelectorAll('tr.decision-test-failed')]
    expect(failed).toHaveLength(1)
    expect(failed[0]!.textContent).toContain('fehlgeschlagen')
    expect(failed[0]!.textContent).toContain('Ist: 100')
    expect(failed[0]!.textContent).toMatch(/Getroffene Regeln: Regel \d+ \(\w+\)/)
    await expectNoSeriousA11yViolations(document.querySelector('.decision-tests')!)
  })

  it('names the cell that does not read, and keeps the file as it was until it is fixed', async () => {
    const { screen, backend } = await openTests()
    const input = screen.getByRole('textbox', {
      name: 'Test Nr. 2: Eingabe „laufendeNummerDesHundes“',
    })
    await input.fill('zwei')
    await expect
      .element(input)
      .toHaveAccessibleDescription(
        'Test Nr. 2 „Zweiter Hund, nicht gefährlich: 100 Euro“, Eingabe „laufendeNummerDesHundes“: „zwei“ ist keine Zahl (z. B. 12 oder 12,5).'
      )
    await expect.element(screen.getByRole('button', { name: 'Tests ausführen' })).toBeDisabled()
    await userEvent.keyboard('{Control>}s{/Control}')
    // Nothing changed that could be written: the stored tests are the original ones.
    expect(backend.current()[TESTS]).toBe(referenceFolder('verfahren/hundesteuer-anmelden')[TESTS])

    await input.fill('3')
    await userEvent.keyboard('{Control>}s{/Control}')
    await expect.poll(() => backend.saves.length).toBe(1)
    expect(JSON.parse(backend.current()[TESTS]!).tests[1].eingaben).toEqual({
      gefaehrlicherHund: false,
      laufendeNummerDesHundes: 3,
    })
  })

  it('shows the domain’s message in the cell of an input the decision does not read', async () => {
    const folder = referenceFolder('verfahren/hundesteuer-anmelden')
    const tests = JSON.parse(folder[TESTS]!)
    tests.tests[0].eingaben.anzahlHunde = 2
    const { screen } = await openTests({ ...folder, [TESTS]: JSON.stringify(tests) })
    await expect
      .element(
        screen.getByRole('columnheader', {
          name: /Eingabe anzahlHunde \(nicht in der Entscheidung\)/,
        })
      )
      .toBeVisible()
    await expect
      .element(screen.getByRole('textbox', { name: 'Test Nr. 1: Eingabe „anzahlHunde“' }))
      .toHaveAccessibleDescription(
        /Die Eingabe „anzahlHunde“ wird von der Entscheidung „Decision_Steuersatz“ nicht gelesen/
      )
  })

  it('creates entscheidungstests.json for a block without tests, names it in the metadata, and duplicates and removes rows', async () => {
    const folder = { ...referenceFolder('verfahren/hundesteuer-anmelden') }
    delete folder[TESTS]
    const metadata = JSON.parse(folder['baustein.json']!)
    delete metadata.artefakte.entscheidungstests
    const { screen, backend } = await openTests({
      ...folder,
      'baustein.json': JSON.stringify(metadata),
    })
    await expect
      .element(screen.getByText('Noch keine Testfälle für diese Entscheidung.').first())
      .toBeVisible()
    await screen.getByRole('button', { name: 'Testfall für „Steuersatz“ hinzufügen' }).click()
    await screen.getByRole('textbox', { name: 'Name von Test Nr. 1' }).fill('Erster Hund')
    await screen
      .getByRole('textbox', { name: 'Test Nr. 1: Eingabe „gefaehrlicherHund“' })
      .fill('falsch')
    await screen
      .getByRole('textbox', { name: 'Test Nr. 1: Eingabe „laufendeNummerDesHundes“' })
      .fill('1')
    await screen.getByRole('textbox', { name: 'Test Nr. 1: erwartet „jahressteuer“' }).fill('65')
    await screen.getByRole('button', { name: 'Test Nr. 1 „Erster Hund“ duplizieren' }).click()
    await expect
      .element(screen.getByRole('textbox', { name: 'Name von Test Nr. 2' }))
      .toHaveValue('Erster Hund (Kopie)')
    await screen.getByRole('button', { name: 'Test Nr. 2 „Erster Hund (Kopie)“ entfernen' }).click()
    await screen.getByRole('button', { name: 'Tests ausführen' }).click()
    await expect.element(screen.getByText('1 Tests: 1 bestanden, 0 fehlgeschlagen.')).toBeVisible()
    await userEvent.keyboard('{Control>}s{/Control}')
    await expect.poll(() => backend.saves.length).toBe(1)
    const saved = backend.current()
    expect(JSON.parse(saved['baustein.json']!).artefakte.entscheidungstests).toEqual({
      datei: TESTS,
    })
    expect(JSON.parse(saved[TESTS]!)).toEqual({
      tests: [
        {
          name: 'Erster Hund',
          decisionId: 'Decision_Steuersatz',
          eingaben: { gefaehrlicherHund: false, laufendeNummerDesHundes: 1 },
          erwartet: { jahressteuer: 65 },
        },
      ],
    })
  })

  it('highlights the rules a test matched in the dmn-js decision table', async () => {
    const { screen } = await openTests()
    await screen.getByRole('button', { name: 'Tests ausführen' }).click()
    await expect.element(screen.getByText(/^12 Tests: 12 bestanden/)).toBeVisible()
    await screen
      .getByRole('button', {
        name: 'In der Tabelle zeigen: getroffene Regeln von Test Nr. 2 („Steuersatz“)',
      })
      .click()
    await expect
      .element(screen.getByRole('tab', { name: /^Entscheidungen \(DMN\)/ }))
      .toHaveAttribute('aria-selected', 'true')
    await expect
      .poll(() => document.querySelectorAll('.bauplan-matched-rule').length, { timeout: 10_000 })
      .toBeGreaterThan(0)
    const rows = new Set(
      [...document.querySelectorAll('.bauplan-matched-rule')].map((cell) =>
        cell.getAttribute('data-row-id')
      )
    )
    expect(rows.size).toBe(1)
    // The bpmn.io watermark of the decision table stays visible.
    const dmnPanel = document.querySelector('.bauplan-matched-rule')!.closest('[role="tabpanel"]')!
    expect(dmnPanel.querySelector('.bjs-powered-by')).not.toBeNull()
  })

  it('lists FEEL in the decision table that does not compile when the tests run', async () => {
    const folder = referenceFolder('verfahren/hundesteuer-anmelden')
    const dmn = folder['hundesteuer-anmelden.dmn']!.replace(
      /(<inputEntry id="InputEntry_Steuersatz_ErsterHund_LaufendeNummer">\s*<text>)1(<\/text>)/,
      '$1[1..$2'
    )
    expect(dmn).toContain('[1..')
    const { screen } = await openTests({ ...folder, 'hundesteuer-anmelden.dmn': dmn })
    await screen.getByRole('button', { name: 'Tests ausführen' }).click()
    const problems = screen.getByRole('region', { name: 'Probleme in den DMN-Modellen' })
    await expect.element(problems).toBeVisible()
    await expect.element(problems).toHaveTextContent(/Fehler:/)
    await expect
      .element(screen.getByText(/^12 Tests: \d+ bestanden, [1-9]\d* fehlgeschlagen\.$/))
      .toBeVisible()
  })

  it('speaks English on request, including the message that names the cell', async () => {
    const { screen } = await openTests(undefined, 'en')
    const input = screen.getByRole('textbox', {
      name: 'Test no. 2: input “laufendeNummerDesHundes”',
    })
    await input.fill('zwei')
    await expect
      .element(input)
      .toHaveAccessibleDescription(
        'Test no. 2 "Zweiter Hund, nicht gefährlich: 100 Euro", input "laufendeNummerDesHundes": "zwei" is not a number (e.g. 12 or 12.5).'
      )
    await expect.element(screen.getByRole('button', { name: 'Run tests' })).toBeDisabled()
  })
})
