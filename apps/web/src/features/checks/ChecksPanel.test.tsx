import type { Problem } from '@bauplan/domain'
import type { LintConfigInput } from '@bauplan/lint'
import { useMemo, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import { ChecksPanel } from './ChecksPanel'
import { useFolderChecks } from './useFolderChecks'

function Harness({
  files,
  chosen,
  lintConfig,
}: {
  files: Record<string, string>
  chosen: Problem[]
  lintConfig?: LintConfigInput
}) {
  const [current] = useState(files)
  const { result, lintProblems, running } = useFolderChecks(current, 10, lintConfig)
  const problems = useMemo(
    () => [...(result?.problems ?? []), ...lintProblems],
    [result, lintProblems]
  )
  return (
    <ChecksPanel problems={problems} running={running} onSelectProblem={(p) => chosen.push(p)} />
  )
}

describe('checks panel', () => {
  it('lists a dangling link from the metadata into the model, and the field can be shown', async () => {
    const folder = referenceFolder('verfahren/gewerbe-anmelden')
    const metadata = JSON.parse(folder['baustein.json']!)
    metadata.artefakte.bpmn.processId = 'Process_GibtEsNicht'
    const chosen: Problem[] = []
    const screen = await render(
      <LocaleProvider initial="de">
        <Harness
          files={{ ...folder, 'baustein.json': JSON.stringify(metadata, null, 2) }}
          chosen={chosen}
        />
      </LocaleProvider>
    )
    await expect.element(screen.getByRole('heading', { name: 'baustein.json' })).toBeVisible()
    await expect
      .element(
        screen.getByText(/„Process_GibtEsNicht“ \(\/artefakte\/bpmn\/processId\) verweist auf/)
      )
      .toBeVisible()
    await expect.element(screen.getByText(/\[folder\.danglingLink/)).toBeVisible()
    await expect.element(screen.getByText('Fehler:', { exact: true }).first()).toBeVisible()
    await screen.getByRole('button', { name: 'Feld /artefakte/bpmn/processId zeigen' }).click()
    expect(chosen.map((p) => p.code)).toEqual(['folder.danglingLink'])
  })

  it('says so when the reference folder has no problems', async () => {
    const screen = await render(
      <LocaleProvider initial="de">
        <Harness files={referenceFolder('bausteine/identitaet-pruefen')} chosen={[]} />
      </LocaleProvider>
    )
    await expect.element(screen.getByText('Keine Probleme gefunden.')).toBeVisible()
  })

  it('lists lint findings at the catalogue’s level next to the domain checks, with a way to the element', async () => {
    const folder = referenceFolder('bausteine/identitaet-pruefen')
    const bpmn = folder['identitaet-pruefen.bpmn']!.replace(
      'name="Nachweis prüfen"',
      'name="Nachweis"'
    )
    const chosen: Problem[] = []
    const screen = await render(
      <LocaleProvider initial="de">
        <Harness
          files={{ ...folder, 'identitaet-pruefen.bpmn': bpmn }}
          chosen={chosen}
          lintConfig={{ rules: { 'bauplan/task-verb-object': 'error' } }}
        />
      </LocaleProvider>
    )
    await expect
      .element(screen.getByText('(Prüfregel „Aktivitäten heißen Objekt + Verb“)'))
      .toBeVisible()
    await expect
      .element(screen.getByRole('heading', { name: 'identitaet-pruefen.bpmn' }))
      .toBeVisible()
    await expect.element(screen.getByText('1 Fehler, 0 Hinweise')).toBeVisible()
    await screen
      .getByRole('button', { name: 'Element Activity_NachweisPruefen im Modell zeigen' })
      .click()
    expect(chosen.map((p) => [p.code, p.severity, p.elementId])).toEqual([
      ['bauplan/task-verb-object', 'error', 'Activity_NachweisPruefen'],
    ])
  })

  it('runs no rule the catalogue switched off', async () => {
    const folder = referenceFolder('bausteine/identitaet-pruefen')
    const bpmn = folder['identitaet-pruefen.bpmn']!.replace(
      'name="Nachweis prüfen"',
      'name="Nachweis"'
    )
    const screen = await render(
      <LocaleProvider initial="de">
        <Harness
          files={{ ...folder, 'identitaet-pruefen.bpmn': bpmn }}
          chosen={[]}
          lintConfig={{ rules: { 'bauplan/task-verb-object': 'off' } }}
        />
      </LocaleProvider>
    )
    await expect.element(screen.getByText('Keine Probleme gefunden.')).toBeVisible()
  })
})
