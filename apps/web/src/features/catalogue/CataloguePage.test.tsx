import type { Baustein } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { SEARCH_FACETS } from '../../lib/api/types'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer, type FakeRequest } from '../../lib/testing/fakeServer'
import {
  demoUser,
  facetValuesOf,
  REFERENCE_BLOCKS,
  referenceBpmn,
  searchResultOf,
  versionDetailOf,
} from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

/** Narrows the reference blocks by the facets and text the UI asked for, then pages them. */
function answerSearch(request: FakeRequest) {
  const q = request.query.get('q')?.toLowerCase()
  const matches = REFERENCE_BLOCKS.filter(
    (block: Baustein) =>
      (!q || block.name.toLowerCase().includes(q)) &&
      SEARCH_FACETS.every((facet) => {
        const wanted = request.query.getAll(facet)
        return wanted.length === 0 || facetValuesOf(block, facet).some((v) => wanted.includes(v))
      })
  )
  const page = Number(request.query.get('page') ?? 1)
  const limit = Number(request.query.get('limit') ?? 20)
  return { json: searchResultOf(matches, page, limit) }
}

function catalogueServer(role: 'modellierer' | 'kurator' | 'it_dienstleister' = 'modellierer') {
  return signedInAs(new FakeServer(), demoUser(role))
    .on('GET', '/api/bausteine', answerSearch)
    .on('GET', '/api/bausteine/:id/versionen/:version', (request) => {
      const block = REFERENCE_BLOCKS.find((b) => b.id === request.params.id)
      return block ? { json: versionDetailOf(block) } : { status: 404, json: {} }
    })
    .on('GET', '/api/bausteine/:id/versionen/:version/dateien/:name', async (request) => {
      const block = REFERENCE_BLOCKS.find((b) => b.id === request.params.id)!
      if (request.params.name === 'baustein.json') return { json: block }
      return { text: await referenceBpmn(block), headers: { 'content-type': 'application/xml' } }
    })
}

const lastSearch = (server: FakeServer) => server.requestsTo('GET', '/api/bausteine').at(-1)!

describe('catalogue', () => {
  it('lists facets with counts and result cards with thumbnail, state, organisation and Leistungsschlüssel', async () => {
    const { screen } = await renderApp(catalogueServer())
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'Bausteine gefunden' }))
      .toHaveTextContent('21 Bausteine gefunden')
    const kinds = screen.getByRole('group', { name: 'Bausteinart' })
    await expect.element(kinds.getByLabelText('Prozessbaustein (15)')).not.toBeChecked()
    await expect.element(kinds.getByLabelText('Musterprozess (3)')).toBeVisible()
    await expect
      .element(screen.getByRole('group', { name: 'Bundesland' }).getByLabelText('Sachsen (21)'))
      .toBeVisible()
    const card = screen.getByRole('article', { name: 'Gewerbe anmelden' })
    // Cards load details and previews only near the screen, as a reader scrolls to them.
    card.element().scrollIntoView()
    await expect
      .element(card.getByRole('link', { name: 'Gewerbe anmelden' }))
      .toHaveAttribute(
        'href',
        '/bausteine/urn%3Abauplan%3Abaustein%3Asn%3Agewerbe-anmelden/versionen/1.0.0'
      )
    await expect.element(card.getByText('Veröffentlicht')).toBeVisible()
    await expect
      .element(card.getByText('Koordinierungsstelle E-Government-Generalbebauungsplan Sachsen'))
      .toBeVisible()
    await expect.element(card.getByText('99050012104000')).toBeVisible()
    await expect.element(card.getByText('Referenzprozess')).toBeVisible()
    const thumbnail = card.getByRole('img', {
      name: 'Prozessdiagramm „Gewerbe anmelden“ (Vorschau)',
    })
    await expect.element(thumbnail, { timeout: 15_000 }).toBeVisible()
    const src = thumbnail.element().getAttribute('src') ?? ''
    expect(src.startsWith('data:image/svg+xml')).toBe(true)
    expect(decodeURIComponent(src)).toContain('<svg')
    await expectNoSeriousA11yViolations(document.body)
  }, 30_000)

  it('filters by facet with the keyboard, keeping focus on the checkbox', async () => {
    const server = catalogueServer()
    const { screen } = await renderApp(server)
    const checkbox = screen
      .getByRole('group', { name: 'Bausteinart' })
      .getByLabelText('Musterprozess (3)')
    await expect.element(checkbox).toBeVisible()
    ;(checkbox.element() as HTMLInputElement).focus()
    await userEvent.keyboard(' ')
    await expect.element(screen.getByText('3 Bausteine gefunden')).toBeVisible()
    expect(lastSearch(server).query.getAll('bausteinart')).toEqual(['musterprozess'])
    await expect.element(checkbox).toBeChecked()
    await expect.element(checkbox).toHaveFocus()
    await expect
      .element(screen.getByRole('article', { name: 'Hundesteuer anmelden' }))
      .toBeVisible()
    await screen.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click()
    await expect.element(screen.getByText('21 Bausteine gefunden')).toBeVisible()
  })

  it('pages with real links that work from the keyboard', async () => {
    const server = catalogueServer()
    const { screen, history } = await renderApp(server)
    const pages = screen.getByRole('navigation', { name: 'Seiten' })
    const second = pages.getByRole('link', { name: 'Seite 2' })
    await expect.element(second).toHaveAttribute('href', '/?page=2')
    await expect
      .element(pages.getByRole('link', { name: 'Seite 1' }))
      .toHaveAttribute('aria-current', 'page')
    ;(second.element() as HTMLAnchorElement).focus()
    await userEvent.keyboard('{Enter}')
    await expect
      .element(pages.getByRole('link', { name: 'Seite 2' }))
      .toHaveAttribute('aria-current', 'page')
    expect(history.location().search).toBe('?page=2')
    expect(lastSearch(server).query.get('page')).toBe('2')
    await expect.element(screen.getByRole('link', { name: 'Vorherige Seite' })).toBeVisible()
    await expect.poll(() => screen.getByRole('article').elements().length).toBe(1)
  })

  it('sorts and searches through the server', async () => {
    const server = catalogueServer()
    const { screen } = await renderApp(server)
    await screen.getByLabelText('Sortierung').selectOptions('Letzte Änderung')
    await expect.poll(() => lastSearch(server).query.get('sort')).toBe('lastChange')
    await screen.getByRole('searchbox', { name: 'Suche' }).fill('gewerbe')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByText('1 Baustein gefunden')).toBeVisible()
    expect(lastSearch(server).query.get('q')).toBe('gewerbe')
  })

  it('shows IT providers published states only and no "new block" action', async () => {
    const { screen } = await renderApp(catalogueServer('it_dienstleister'))
    const states = screen.getByRole('group', { name: 'Status' })
    await expect.element(states.getByLabelText('Veröffentlicht')).toBeVisible()
    await expect.element(states.getByLabelText('Abgekündigt')).toBeVisible()
    expect(states.getByLabelText('Entwurf').elements()).toHaveLength(0)
    expect(screen.getByRole('button', { name: 'Neuer Baustein' }).elements()).toHaveLength(0)
  })

  it('lets an analyst create a block from a reference block and opens the editor route', async () => {
    const server = catalogueServer().on('POST', '/api/bausteine', (request) => {
      const files = (request.body as { files: Record<string, string> }).files
      const metadata = JSON.parse(files['baustein.json'] as string) as Baustein
      return { status: 201, json: versionDetailOf(metadata, 'entwurf') }
    })
    const { screen, history } = await renderApp(server)
    await screen.getByRole('button', { name: 'Neuer Baustein' }).click()
    const dialog = screen.getByRole('dialog', { name: 'Neuen Baustein anlegen' })
    await expect.element(dialog.getByLabelText('Vorlage', { exact: true })).toBeEnabled()
    await dialog
      .getByLabelText('Vorlage', { exact: true })
      .selectOptions('Identität prüfen (1.0.0)')
    await dialog.getByLabelText('Name des neuen Bausteins').fill('Identität vor Ort prüfen')
    await expect
      .element(dialog.getByLabelText('Kennung (URN)'))
      .toHaveValue('urn:bauplan:baustein:sn-koordinierungsstelle:identitaet-vor-ort-pruefen')
    await expectNoSeriousA11yViolations(document.body)
    await dialog.getByRole('button', { name: 'Anlegen und bearbeiten' }).click()
    await expect
      .poll(() => history.location().pathname)
      .toBe(
        '/bausteine/urn%3Abauplan%3Abaustein%3Asn-koordinierungsstelle%3Aidentitaet-vor-ort-pruefen/versionen/1.0.0/bearbeiten'
      )
    const created = server.requestsTo('POST', '/api/bausteine')[0]!
    expect(created.query.get('organisation')).toBe('sn-koordinierungsstelle')
    const files = (created.body as { files: Record<string, string> }).files
    expect(Object.keys(files).sort()).toEqual(['baustein.json', 'identitaet-pruefen.bpmn'])
    expect(files['identitaet-pruefen.bpmn']).toContain('<bpmn:definitions')
    expect(JSON.parse(files['baustein.json'] as string).name).toBe('Identität vor Ort prüfen')
  })
})
