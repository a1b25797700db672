import type { Baustein } from '@bauplan/domain'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { inPageCollabServer } from '../features/editor/collab/testing/inPageCollabServer'
import { hrefFor } from '../lib/router/routes'
import { FakeServer } from '../lib/testing/fakeServer'
import {
  demoUser,
  overviewOf,
  referenceBlock,
  referenceBpmn,
  versionDetailOf,
  versionSummaryOf,
} from '../lib/testing/referenceData'
import { renderApp, signedInAs } from '../lib/testing/renderApp'
import { defaultPair } from './DiffRoute'

const block = referenceBlock('identitaet-pruefen')
const draft: Baustein = { ...block, version: '1.0.1' }
let bpmn = ''

beforeAll(async () => {
  bpmn = await referenceBpmn(block)
  // The editor and diff chunks are big (bpmn-js modeler, dmn-js); loading them once here keeps
  // the first-load time of the dev server out of the individual tests' timeouts.
  await Promise.all([import('../features/editor'), import('../features/diff')])
}, 120_000)

function server() {
  const versions = [
    versionSummaryOf(draft, 'entwurf', [], '1.0.1'),
    versionSummaryOf(block, 'veroeffentlicht', []),
  ]
  return signedInAs(new FakeServer(), demoUser('modellierer'))
    .on('GET', '/api/bausteine/:id', { json: overviewOf(block, versions, bpmn) })
    .on('GET', '/api/bausteine/:id/versionen/:version', (request) => ({
      json: versionDetailOf(request.params.version === '1.0.1' ? draft : block, 'entwurf'),
    }))
    .on('GET', '/api/bausteine/:id/versionen/:version/dateien/:name', (request) =>
      request.params.name === 'baustein.json'
        ? { json: request.params.version === '1.0.1' ? draft : block }
        : { text: bpmn, headers: { 'content-type': 'application/xml' } }
    )
    .on('GET', '/api/bausteine/:id/diff', {
      json: {
        blockId: block.id,
        fromVersion: '1.0.0',
        toVersion: '1.0.1',
        files: { added: [], removed: [], changed: ['baustein.json'] },
        metadata: [{ pointer: '/version', kind: 'changed', oldValue: '1.0.0', newValue: '1.0.1' }],
        bpmn: { added: [], removed: [], changed: [], layoutChanged: [] },
        dmn: { decisionsAdded: [], decisionsRemoved: [], decisionsChanged: [] },
        problems: [],
      },
    })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('lazily loaded routes', () => {
  it('opens the editor for a draft', async () => {
    // The editor works on the draft's shared document over a WebSocket: served here by the real
    // DocumentHub inside the page, seeded with the draft's files.
    const collab = inPageCollabServer({
      [`${block.id.split(':').pop()}.bpmn`]: bpmn,
      'baustein.json': `${JSON.stringify(draft, null, 2)}\n`,
    })
    vi.stubGlobal('WebSocket', collab.WebSocket)
    const { screen } = await renderApp(server(), {
      path: hrefFor({ name: 'editor', id: block.id, version: '1.0.1' }),
    })
    await expect
      .element(screen.getByRole('tab', { name: 'Prozess (BPMN)' }), { timeout: 20_000 })
      .toBeVisible()
  }, 30_000)

  it('compares the latest published version with the newest one unless told otherwise', async () => {
    const fake = server()
    const { screen } = await renderApp(fake, { path: hrefFor({ name: 'diff', id: block.id }) })
    await expect
      .element(
        screen.getByRole('heading', { level: 1, name: 'Unterschiede von Version 1.0.0 zu 1.0.1' }),
        {
          timeout: 20_000,
        }
      )
      .toBeVisible()
    await expect.element(screen.getByLabelText('Von Version')).toHaveValue('1.0.0')
    await expect.element(screen.getByLabelText('Bis Version')).toHaveValue('1.0.1')
    const diff = fake.requestsTo('GET', `/api/bausteine/${encodeURIComponent(block.id)}/diff`)[0]
    expect(diff?.query.toString()).toBe('von=1.0.0&bis=1.0.1')
  }, 30_000)

  it('needs two versions for a default comparison', () => {
    const only = overviewOf(block, [versionSummaryOf(block, 'veroeffentlicht', [])], '')
    expect(defaultPair(only)).toBeUndefined()
    const three = overviewOf(
      block,
      [
        versionSummaryOf(block, 'entwurf', [], '2.0.0'),
        versionSummaryOf(block, 'veroeffentlicht', [], '1.1.0'),
        versionSummaryOf(block, 'veroeffentlicht', [], '1.0.0'),
      ],
      ''
    )
    expect(defaultPair({ ...three, latestPublished: '1.1.0' })).toEqual({
      from: '1.1.0',
      to: '2.0.0',
    })
  })
})
