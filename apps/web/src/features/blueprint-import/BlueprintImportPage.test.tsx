import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import { App } from '../../app/App'
import { createMemoryHistory } from '../../lib/router/history'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer, problemResponse } from '../../lib/testing/fakeServer'
import { demoUser, SEED_ORG } from '../../lib/testing/referenceData'
import { signedInAs } from '../../lib/testing/renderApp'
import type { Locale } from '../../lib/i18n/i18n'
import { BundleUploaderContext } from './BlueprintImportPage'
import { fetchUploader } from './uploadBundle'

const PROCEDURE = 'urn:bauplan:baustein:sn:gewerbe-anmelden'
const CALLED = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const PASSED = {
  archive: 'passed',
  manifest: 'passed',
  schema: 'passed',
  integrity: 'passed',
  blocks: 'passed',
  references: 'passed',
  models: 'passed',
}

/** The whole workbench at a path, with the upload going to the fake server. */
async function renderWorkbench(server: FakeServer, path: string, locale: Locale = 'de') {
  const history = createMemoryHistory(path)
  const screen = await render(
    <BundleUploaderContext.Provider value={fetchUploader(server.fetch)}>
      <App api={server.api()} history={history} locale={locale} />
    </BundleUploaderContext.Provider>
  )
  return { screen, history }
}

function bundleFile(): File {
  // The bytes do not matter to the fake server; the real import is tested in apps/server and e2e.
  return new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], 'gewerbe-anmelden-1.0.0-all.zip', {
    type: 'application/zip',
  })
}

describe('blueprint import page', () => {
  it('lets a curator upload a bundle and shows every check, the origin and links to the imported versions', async () => {
    const server = signedInAs(new FakeServer(), demoUser('kurator')).on(
      'POST',
      '/api/blueprints/import',
      {
        json: {
          created: [{ blockId: PROCEDURE, version: '1.0.0' }],
          unchanged: [{ blockId: CALLED, version: '1.2.0' }],
          checks: PASSED,
          origin: {
            blockId: PROCEDURE,
            version: '1.0.0',
            catalogue: { name: 'Bauplan Sachsen', url: 'https://bauplan.sachsen.example' },
          },
          warnings: [],
        },
      }
    )
    const { screen, history } = await renderWorkbench(server, '/')
    await screen.getByRole('link', { name: 'Import' }).click()
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Blaupause importieren' }))
      .toBeVisible()
    await userEvent.upload(screen.getByLabelText('Bundle (Zip)'), bundleFile())
    await screen.getByRole('button', { name: 'Importieren' }).click()

    await expect
      .element(screen.getByRole('heading', { name: 'Import abgeschlossen' }))
      .toBeVisible()
    await expect
      .element(screen.getByText(`Herkunft: ${PROCEDURE}@1.0.0 aus „Bauplan Sachsen“`))
      .toBeVisible()
    await expect
      .element(screen.getByText('Jede Datei vorhanden, Größe und sha256 stimmen:'))
      .toBeVisible()
    expect(screen.getByText('bestanden').all()).toHaveLength(7)
    await expect.element(screen.getByRole('heading', { name: 'Neu importiert (1)' })).toBeVisible()
    await expect
      .element(screen.getByRole('heading', { name: 'Schon vorhanden, unverändert (1)' }))
      .toBeVisible()

    const [request] = server.requestsTo('POST', '/api/blueprints/import')
    expect(request?.headers.get('content-type')).toBe('application/zip')
    expect(request?.headers.get('accept-language')).toBe('de')
    expect(request?.query.get('organisation')).toBe(SEED_ORG)
    await expectNoSeriousA11yViolations(document.body)

    // The imported procedure is one click away.
    await screen.getByRole('link', { name: `${PROCEDURE} 1.0.0` }).click()
    expect(history.location().pathname).toBe(
      `/bausteine/${encodeURIComponent(PROCEDURE)}/versionen/1.0.0`
    )
  })

  it('shows the server’s problems in English when a tampered bundle fails verification', async () => {
    const server = signedInAs(new FakeServer(), demoUser('admin')).on(
      'POST',
      '/api/blueprints/import',
      async () => {
        // The server's problem document with its `checks` extension member.
        const document = (await problemResponse(
          422,
          'blueprint.hashMismatch',
          'The bundle was changed after export.',
          [
            {
              code: 'blueprint.hashMismatch',
              severity: 'error',
              file: 'back-office/dmn/gewerbe-anmelden/gebuehr.dmn',
              message: {
                de: 'Der sha256 passt nicht zum Manifest.',
                en: 'The sha256 does not match the manifest.',
              },
            },
          ]
        ).json()) as object
        return {
          status: 422,
          headers: { 'content-type': 'application/problem+json' },
          json: {
            ...document,
            checks: {
              ...PASSED,
              integrity: 'failed',
              blocks: 'skipped',
              references: 'skipped',
              models: 'skipped',
            },
          },
        }
      }
    )
    const { screen } = await renderWorkbench(server, '/blaupausen/import', 'en')
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Import a blueprint' }))
      .toBeVisible()
    await userEvent.upload(screen.getByLabelText('Bundle (zip)'), bundleFile())
    await screen.getByRole('button', { name: 'Import' }).click()
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Import failed – nothing was imported')
    await expect.element(screen.getByText('The sha256 does not match the manifest.')).toBeVisible()
    await expect
      .element(screen.getByText('(back-office/dmn/gewerbe-anmelden/gebuehr.dmn)'))
      .toBeVisible()
    // Which check refused the bundle, and that the later ones did not run.
    await expect
      .element(
        screen
          .getByRole('listitem')
          .filter({ hasText: 'Every file present with matching size and sha256' })
      )
      .toHaveTextContent('failed')
    await expect
      .element(
        screen.getByRole('listitem').filter({ hasText: 'Every block matches its content hash' })
      )
      .toHaveTextContent('not run')
    expect(screen.getByText('passed', { exact: true }).all()).toHaveLength(3)
    await expectNoSeriousA11yViolations(document.body)
  })

  it('explains a version conflict: nothing is overwritten and nothing imported', async () => {
    const server = signedInAs(new FakeServer(), demoUser('kurator')).on(
      'POST',
      '/api/blueprints/import',
      () =>
        problemResponse(
          409,
          'federation.versionConflict',
          `${PROCEDURE}@1.0.0 gibt es hier schon mit anderem Inhalt.`
        )
    )
    const { screen } = await renderWorkbench(server, '/blaupausen/import')
    await userEvent.upload(screen.getByLabelText('Bundle (Zip)'), bundleFile())
    await screen.getByRole('button', { name: 'Importieren' }).click()
    await expect
      .element(screen.getByText(/^Konflikt: Eine Version des Bundles gibt es hier schon/))
      .toBeVisible()
    await expect
      .element(screen.getByText(`${PROCEDURE}@1.0.0 gibt es hier schon mit anderem Inhalt.`))
      .toBeVisible()
  })

  it('offers the import only to curators and admins', async () => {
    const server = signedInAs(new FakeServer(), demoUser('it_dienstleister'))
    const { screen } = await renderWorkbench(server, '/blaupausen/import')
    await expect
      .element(screen.getByText(/^Blaupausen importieren dürfen nur Kuratorinnen/))
      .toBeVisible()
    expect(screen.getByRole('link', { name: 'Import' }).elements()).toHaveLength(0)
    expect(screen.getByLabelText('Bundle (Zip)').elements()).toHaveLength(0)
    await expect
      .element(
        screen
          .getByRole('navigation', { name: 'Hauptnavigation' })
          .getByRole('link', { name: 'Katalog' })
      )
      .toBeVisible()
  })
})
