// Puts the benchmark's diagram into the running server as a new draft, the way the workbench
// would: signed in as the demo analyst (the browser context keeps the session cookie), then one
// POST /api/bausteine with the folder as JSON. Returns the editor's URL path of that draft.
import type { APIRequestContext } from 'playwright-core'
import { benchDraftFiles, DEMO_ANALYST, DEMO_PASSWORD } from '../shared/benchDraft'

const BLOCK_ID = 'urn:bauplan:baustein:bench:editor-tausend-elemente'
const BPMN_FILE = 'editor-bench.bpmn'

export async function seedDraft(request: APIRequestContext, bpmnXml: string): Promise<string> {
  const login = await request.post('/api/session', {
    data: { username: DEMO_ANALYST, password: DEMO_PASSWORD },
  })
  if (!login.ok()) throw new Error(`Login failed: ${login.status()} ${await login.text()}`)
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const created = await request.post('/api/bausteine', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      files: benchDraftFiles({
        blockId: BLOCK_ID,
        name: 'Großes Verfahren im Editor',
        bpmnFile: BPMN_FILE,
        bpmnXml,
      }),
    },
  })
  if (created.status() !== 201) {
    throw new Error(`Creating the draft failed: ${created.status()} ${await created.text()}`)
  }
  const { version } = (await created.json()) as { version: { blockId: string; version: string } }
  return `/bausteine/${encodeURIComponent(version.blockId)}/versionen/${version.version}/bearbeiten`
}
