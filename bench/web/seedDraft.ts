// Puts the benchmark's diagram into the running server as a new draft, the way the workbench
// would: signed in as the demo analyst (the browser context keeps the session cookie), then one
// POST /api/bausteine with the folder as JSON. Returns the editor's URL path of that draft.
import type { APIRequestContext } from 'playwright-core'
import { PROCESS_ID } from '../lint/diagram'

export const DEMO_ANALYST = 'analyst@koordinierung.example'
export const DEMO_PASSWORD = 'bauplan-demo'
const BLOCK_ID = 'urn:bauplan:baustein:bench:editor-tausend-elemente'
const BPMN_FILE = 'editor-bench.bpmn'

export async function seedDraft(request: APIRequestContext, bpmnXml: string): Promise<string> {
  const login = await request.post('/api/session', {
    data: { username: DEMO_ANALYST, password: DEMO_PASSWORD },
  })
  if (!login.ok()) throw new Error(`Login failed: ${login.status()} ${await login.text()}`)
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const metadata = {
    id: BLOCK_ID,
    version: '0.1.0',
    name: 'Großes Verfahren im Editor',
    bausteinart: 'musterprozess',
    einsatzbereich: 'beide',
    freigabestatus: 3,
    letzteAenderung: '2026-01-01T00:00:00Z',
    herausgeber: { organisationsname: 'Benchmark' },
    handlungsgrundlagen: [{ name: '§ 1 BenchG' }],
    prozessteilnehmer: [
      {
        name: 'Antragstellende Person',
        rolle: 'ergebnisempfaenger',
        bpmnParticipantId: 'Participant_Antragsteller',
      },
      { name: 'Behörde', rolle: 'hauptakteur', bpmnParticipantId: 'Participant_Behoerde' },
    ],
    artefakte: { bpmn: { datei: BPMN_FILE, processId: PROCESS_ID } },
  }
  const created = await request.post('/api/bausteine', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      files: { 'baustein.json': JSON.stringify(metadata, null, 2), [BPMN_FILE]: bpmnXml },
    },
  })
  if (created.status() !== 201) {
    throw new Error(`Creating the draft failed: ${created.status()} ${await created.text()}`)
  }
  const { version } = (await created.json()) as { version: { blockId: string; version: string } }
  return `/bausteine/${encodeURIComponent(version.blockId)}/versionen/${version.version}/bearbeiten`
}
