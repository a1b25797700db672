// The demo sign-in and the folder of a benchmark draft (metadata + one BPMN), shared by the editor
// benchmark (which creates its draft through a browser context) and the collaboration benchmarks
// (through fetch).
import { PROCESS_ID } from '../lint/diagram'

/** The demo server's analyst (Modellierer), who creates the benchmark drafts. */
export const DEMO_ANALYST = 'analyst@koordinierung.example'
export const DEMO_PASSWORD = 'bauplan-demo'

export interface BenchDraft {
  blockId: string
  name: string
  bpmnFile: string
  bpmnXml: string
}

/**
 * A benchmark block's `baustein.json`: valid metadata (participants matching the generated
 * diagram's pools, `bench/lint/diagram.ts`) naming the BPMN file. Also the lint benchmark's.
 */
export function benchMetadata(draft: {
  blockId: string
  name: string
  bpmnFile: string
  version?: string
}): Record<string, unknown> {
  return {
    id: draft.blockId,
    version: draft.version ?? '0.1.0',
    name: draft.name,
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
    artefakte: { bpmn: { datei: draft.bpmnFile, processId: PROCESS_ID } },
  }
}

/** The files of a draft as POST /api/bausteine takes them: metadata and the BPMN. */
export function benchDraftFiles(draft: BenchDraft): Record<string, string> {
  return {
    'baustein.json': JSON.stringify(benchMetadata(draft), null, 2),
    [draft.bpmnFile]: draft.bpmnXml,
  }
}
