import type { Problem } from '@bauplan/domain'
import { useMemo, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import { ChecksPanel } from './ChecksPanel'
import { useFolderChecks } from './useFolderChecks'

function Harness({ files, chosen }: { files: Record<string, string>; chosen: Problem[] }) {
  const [current] = useState(files)
  const { result, running } = useFolderChecks(current, 10)
  const problems = useMemo(() => result?.problems ?? [], [result])
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
})
