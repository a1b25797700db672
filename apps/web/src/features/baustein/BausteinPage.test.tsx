import type { Baustein } from '@bauplan/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role, User, VersionSummary } from '../../lib/api/types'
import { hrefFor } from '../../lib/router/routes'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import {
  auditEntry,
  demoUser,
  overviewOf,
  REFERENCE_BLOCKS,
  referenceBlock,
  referenceBpmn,
  reviewEvent,
  versionDetailOf,
  versionSummaryOf,
} from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

const gewerbe = referenceBlock('gewerbe-anmelden')
const draft: Baustein = { ...gewerbe, version: '1.0.1', name: 'Gewerbe anmelden' }
let bpmn = ''

beforeAll(async () => {
  bpmn = await referenceBpmn(gewerbe)
})

const SUBMITTER = 'user-other-analyst'

function blockServer(user: User, versions: VersionSummary[]) {
  return signedInAs(new FakeServer(), user)
    .on('GET', '/api/bausteine/:id', (request) => ({
      json: overviewOf(gewerbe, versions, bpmn, {
        shownVersion: request.query.get('version') ?? '1.0.0',
      }),
    }))
    .on('GET', '/api/bausteine/:id/versionen/:version', (request) => {
      if (request.params.id === gewerbe.id) {
        const shown = versions.find((v) => v.version === request.params.version)!
        const metadata = shown.version === draft.version ? draft : gewerbe
        return { json: versionDetailOf(metadata, shown.state, shown.history) }
      }
      const block = REFERENCE_BLOCKS.find((b) => b.id === request.params.id)
      return block ? { json: versionDetailOf(block) } : { status: 404, json: {} }
    })
    .on('GET', '/api/bausteine/:id/versionen/:version/dateien/:name', {
      text: bpmn,
      headers: { 'content-type': 'application/xml' },
    })
    .on('GET', '/api/bausteine/:id/diff', (request) => ({
      json: {
        blockId: gewerbe.id,
        fromVersion: request.query.get('von'),
        toVersion: request.query.get('bis'),
        files: { added: [], removed: [], changed: ['baustein.json', 'gewerbe-anmelden.bpmn'] },
        metadata: [{ pointer: '/version', kind: 'changed', oldValue: '1.0.0', newValue: '1.0.1' }],
        bpmn: {
          added: [],
          removed: [],
          changed: [
            {
              id: 'Activity_ErlaubnispflichtPruefen',
              type: 'bpmn:UserTask',
              name: 'Erlaubnispflicht prüfen',
              attributes: [
                {
                  attribute: 'name',
                  oldValue: 'Erlaubnis prüfen',
                  newValue: 'Erlaubnispflicht prüfen',
                },
              ],
            },
          ],
          layoutChanged: [],
        },
        dmn: { decisionsAdded: [], decisionsRemoved: [], decisionsChanged: [] },
        problems: [],
      },
    }))
    .on('GET', '/api/bausteine/:id/audit', {
      json: {
        items: [
          auditEntry(7, 'version.imported', gewerbe.id, null, '2026-11-27T04:00:00.000Z', {
            source: 'models/verfahren/gewerbe-anmelden',
          }),
        ],
        nextCursor: null,
      },
    })
}

const published = versionSummaryOf(gewerbe, 'veroeffentlicht', [
  reviewEvent(
    gewerbe,
    'importiert',
    null,
    '2026-11-27T04:00:00.000Z',
    'models/verfahren/gewerbe-anmelden'
  ),
])
const inReview = versionSummaryOf(
  draft,
  'in_pruefung',
  [reviewEvent(draft, 'eingereicht', SUBMITTER, '2026-12-02T09:30:00.000Z', 'Frist ergänzt', 2)],
  '1.0.1'
)
const openDraft = versionSummaryOf(draft, 'entwurf', [], '1.0.1')

async function openBlock(role: Role, versions: VersionSummary[], version = '1.0.0') {
  const server = blockServer(demoUser(role), versions)
  const rendered = await renderApp(server, {
    path: hrefFor({ name: 'version', id: gewerbe.id, version }),
  })
  return { server, ...rendered }
}

describe('block page', () => {
  it('summarises metadata, draws the diagram with its watermark, and shows relations, versions, files and log', async () => {
    const { screen } = await openBlock('modellierer', [published])
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Gewerbe anmelden' }))
      .toBeVisible()
    await expect.poll(() => document.title).toBe('Gewerbe anmelden – Bauplan')
    const metadata = screen.getByRole('region', { name: 'Metadaten' })
    await expect.element(metadata.getByText('Referenzprozess', { exact: true })).toBeVisible()
    await expect.element(metadata.getByRole('cell', { name: '99050012104000' })).toBeVisible()
    await expect
      .element(metadata.getByRole('link', { name: '§ 14 Abs. 1 GewO' }))
      .toHaveAttribute('href', 'https://www.gesetze-im-internet.de/gewo/__14.html')
    await expect.element(metadata.getByRole('cell', { name: '3 Tage (P3D)' })).toBeVisible()
    await expect.element(metadata.getByRole('cell', { name: 'Stadtkasse' })).toBeVisible()
    await expect.element(metadata.getByRole('cell', { name: 'ja' })).toBeVisible()

    const diagram = screen.getByRole('figure', { name: 'Prozessdiagramm von „Gewerbe anmelden“' })
    await expect
      .poll(() => diagram.element().getAttribute('data-status'), { timeout: 10_000 })
      .toBe('ready')
    const watermark = diagram.element().querySelector('.bjs-powered-by')
    expect(watermark).not.toBeNull()
    expect(getComputedStyle(watermark as Element).display).not.toBe('none')
    expect(getComputedStyle(watermark as Element).visibility).toBe('visible')

    const relations = screen.getByRole('region', { name: 'Abhängigkeiten und Verwendungen' })
    await expect
      .element(relations.getByRole('link', { name: /Identität prüfen/ }).first())
      .toBeVisible()
    const graphLinks = relations.element().querySelectorAll('svg a')
    expect(graphLinks.length).toBe(10)
    ;(graphLinks[0] as SVGAElement).focus()
    expect(document.activeElement).toBe(graphLinks[0])
    await expect
      .element(relations.getByText('Kein anderer Baustein verwendet diesen Baustein.'))
      .toBeVisible()

    const versions = screen.getByRole('region', { name: 'Versionen' })
    await expect.element(versions.getByText('Importiert')).toBeVisible()
    await expect
      .element(versions.getByText('Begründung/Notiz: models/verfahren/gewerbe-anmelden'))
      .toBeVisible()
    const files = screen.getByRole('region', { name: 'Dateien' })
    await expect
      .element(files.getByRole('link', { name: 'gewerbe-anmelden.bpmn herunterladen' }))
      .toHaveAttribute(
        'href',
        `/api/bausteine/${encodeURIComponent(gewerbe.id)}/versionen/1.0.0/dateien/gewerbe-anmelden.bpmn`
      )
    await expect
      .element(screen.getByRole('region', { name: 'Protokoll' }).getByText('Importiert'))
      .toBeVisible()
    await expect
      .element(screen.getByRole('button', { name: 'Neuen Entwurf anlegen' }))
      .toBeVisible()
    await expect.element(screen.getByRole('button', { name: 'Variante ableiten' })).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Freigeben und veröffentlichen' }).elements()
    ).toHaveLength(0)
    await expectNoSeriousA11yViolations(document.body, ['.diagram-canvas'])
  }, 30_000)

  it('gives IT providers downloads but no actions and no audit log', async () => {
    const { screen } = await openBlock('it_dienstleister', [published])
    await expect.element(screen.getByRole('region', { name: 'Dateien' })).toBeVisible()
    expect(screen.getByRole('region', { name: 'Aktionen' }).elements()).toHaveLength(0)
    expect(screen.getByRole('region', { name: 'Protokoll' }).elements()).toHaveLength(0)
    for (const name of [
      'Neuen Entwurf anlegen',
      'Variante ableiten',
      'Abkündigen',
      'Entwurf bearbeiten',
    ]) {
      expect(screen.getByRole('button', { name }).elements()).toHaveLength(0)
      expect(screen.getByRole('link', { name }).elements()).toHaveLength(0)
    }
    await expectNoSeriousA11yViolations(document.body, ['.diagram-canvas'])
  })

  it('lets the analyst edit and submit a draft with a note', async () => {
    const { screen, server } = await openBlock('modellierer', [openDraft, published], '1.0.1')
    const actions = screen.getByRole('region', { name: 'Aktionen' })
    await expect
      .element(actions.getByRole('link', { name: 'Entwurf bearbeiten' }))
      .toHaveAttribute('href', hrefFor({ name: 'editor', id: gewerbe.id, version: '1.0.1' }))
    server.on('POST', '/api/bausteine/:id/versionen/:version/einreichen', {
      json: { version: {}, problems: [] },
    })
    await actions.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    const dialog = screen.getByRole('dialog', { name: 'Version 1.0.1 zur Prüfung einreichen' })
    await dialog
      .getByLabelText('Notiz für die Prüfung (optional)')
      .fill('Frist nach § 15 GewO ergänzt')
    await dialog.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect.element(screen.getByText('Version 1.0.1 ist eingereicht.')).toBeVisible()
    const submit = server.requests.find((r) => r.path.endsWith('/einreichen'))!
    expect(submit.params).toEqual({ id: gewerbe.id, version: '1.0.1' })
    expect(submit.body).toEqual({ note: 'Frist nach § 15 GewO ergänzt' })
  })

  it('shows the curator the submission with a way to the diff, and rejects only with a reason', async () => {
    const { screen, server } = await openBlock('kurator', [inReview, published], '1.0.1')
    const review = screen.getByRole('region', { name: 'Prüfung' })
    await expect.element(review.getByText('Notiz der Einreichung: Frist ergänzt')).toBeVisible()
    // Approving and rejecting live here; no empty actions panel beside them.
    expect(screen.getByRole('region', { name: 'Aktionen' }).elements()).toHaveLength(0)
    await expect
      .element(
        review.getByRole('heading', {
          name: 'Änderungen gegenüber der veröffentlichten Version 1.0.0',
        })
      )
      .toBeVisible()
    // The diff feature's view, embedded: the changed task is named in words.
    await expect
      .element(
        review.getByText('Erlaubnispflicht prüfen (Activity_ErlaubnispflichtPruefen', {
          exact: false,
        }),
        { timeout: 10_000 }
      )
      .toBeVisible()
    const diffPath = `/api/bausteine/${encodeURIComponent(gewerbe.id)}/diff`
    expect(server.requestsTo('GET', diffPath)[0]?.query.toString()).toBe('von=1.0.0&bis=1.0.1')
    await expect
      .element(review.getByRole('link', { name: 'Vergleich mit 1.0.0 als eigene Seite öffnen' }))
      .toHaveAttribute(
        'href',
        hrefFor({ name: 'diff', id: gewerbe.id, from: '1.0.0', to: '1.0.1' })
      )
    await expectNoSeriousA11yViolations(document.body, ['.diagram-canvas'])
    await expect
      .element(review.getByRole('button', { name: 'Freigeben und veröffentlichen' }))
      .toBeVisible()
    server.on('POST', '/api/bausteine/:id/versionen/:version/zurueckweisen', { json: {} })
    await review.getByRole('button', { name: 'Zurückweisen' }).click()
    const dialog = screen.getByRole('dialog', { name: 'Zurückweisen' })
    await dialog
      .getByLabelText('Begründung der Zurückweisung (mindestens 10 Zeichen)')
      .fill('zu kurz')
    await dialog.getByRole('button', { name: 'Zurückweisen' }).click()
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('Bitte begründen Sie die Zurückweisung mit mindestens 10 Zeichen.')
    expect(server.requests.filter((r) => r.path.endsWith('/zurueckweisen'))).toHaveLength(0)
    await dialog
      .getByLabelText('Begründung der Zurückweisung (mindestens 10 Zeichen)')
      .fill('Die Rechtsgrundlage der neuen Frist fehlt.')
    await dialog.getByRole('button', { name: 'Zurückweisen' }).click()
    await expect
      .element(screen.getByText('Version 1.0.1 ist zurückgewiesen und wieder ein Entwurf.'))
      .toBeVisible()
    const reject = server.requests.find((r) => r.path.endsWith('/zurueckweisen'))!
    expect(reject.body).toEqual({ reason: 'Die Rechtsgrundlage der neuen Frist fehlt.' })
  }, 45_000)

  it('tells a curator who submitted the version that someone else reviews it', async () => {
    const curator = { ...demoUser('kurator'), id: SUBMITTER }
    const server = blockServer(curator, [inReview, published])
    const { screen } = await renderApp(server, {
      path: hrefFor({ name: 'version', id: gewerbe.id, version: '1.0.1' }),
    })
    await expect
      .element(screen.getByText('Sie haben diese Version eingereicht.', { exact: false }))
      .toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Freigeben und veröffentlichen' }).elements()
    ).toHaveLength(0)
  })
})
