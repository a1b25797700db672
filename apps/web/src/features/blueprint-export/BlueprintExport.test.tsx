import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { userEvent } from 'vitest/browser'
import { ApiProvider } from '../../lib/api/ApiContext'
import type { VersionState } from '../../lib/api/types'
import { LocaleProvider, type Locale } from '../../lib/i18n/i18n'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import { BlueprintExport } from './BlueprintExport'

const ID = 'urn:bauplan:baustein:sn:gewerbe-anmelden'
const ROUTE = '/api/bausteine/:id/versionen/:version/blueprint'

/** A bundle-sized answer in several chunks, so progress is reported more than once. */
function streamedZip(size: number, chunk = 64 * 1024): Response {
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) {
        controller.close()
        return
      }
      const length = Math.min(chunk, size - sent)
      sent += length
      controller.enqueue(new Uint8Array(length).fill(80))
    },
  })
  return new Response(body, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(size),
      'content-disposition':
        'attachment; filename="gewerbe-anmelden-1.0.0-back-office-camunda8.zip"',
    },
  })
}

async function show(server: FakeServer, state: VersionState, locale: Locale = 'de') {
  return render(
    <LocaleProvider initial={locale}>
      <ApiProvider api={server.api()}>
        <BlueprintExport blockId={ID} version="1.0.0" state={state} />
      </ApiProvider>
    </LocaleProvider>
  )
}

describe('BlueprintExport', () => {
  it('downloads the chosen part and flavour with progress and names the saved file', async () => {
    const server = new FakeServer().on('GET', ROUTE, () => streamedZip(300 * 1024))
    const screen = await show(server, 'veroeffentlicht')
    await userEvent.selectOptions(screen.getByLabelText('Teil'), 'back-office')
    await userEvent.selectOptions(screen.getByLabelText('Prozess-Engine'), 'camunda8')
    const handbook = screen.getByRole('checkbox', { name: /Handbuch/ })
    await userEvent.click(handbook)
    await expect.element(handbook).toBeChecked()
    await screen.getByRole('button', { name: 'Blaupause exportieren' }).click()
    await expect
      .element(
        screen.getByText('gewerbe-anmelden-1.0.0-back-office-camunda8.zip gespeichert (300 KiB).')
      )
      .toBeVisible()
    const [request] = server.requestsTo(
      'GET',
      `/api/bausteine/${encodeURIComponent(ID)}/versionen/1.0.0/blueprint`
    )
    expect(request?.query.get('teil')).toBe('back-office')
    expect(request?.query.get('flavour')).toBe('camunda8')
    expect(request?.query.get('handbuch')).toBe('de')
    await expectNoSeriousA11yViolations(screen.container)
  })

  it('shows the server’s problem in the chosen language when the export fails', async () => {
    const server = new FakeServer().on('GET', ROUTE, {
      status: 422,
      json: {
        type: 'urn:bauplan:problem:blueprint.missingDependency',
        title: 'Unprocessable',
        status: 422,
        code: 'blueprint.missingDependency',
        detail:
          'urn:bauplan:baustein:sn:gewerbe-anmelden@1.0.0 calls urn:bauplan:baustein:sn:x in the range ^1.0.0, but no published version of it is available.',
      },
      headers: { 'content-type': 'application/problem+json' },
    })
    const screen = await show(server, 'veroeffentlicht', 'en')
    await screen.getByRole('button', { name: 'Export blueprint' }).click()
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Export failed')
    await expect.element(screen.getByRole('alert')).toHaveTextContent('in the range ^1.0.0')
  })

  it('offers no export for drafts and versions in review', async () => {
    for (const state of ['entwurf', 'in_pruefung'] as const) {
      const screen = await show(new FakeServer(), state)
      expect(screen.container.textContent).toBe('')
    }
  })
})
