/**
 * A real building block for tests: the reference block "Identität prüfen" from models/, under a
 * test id so it never collides with the seeded catalogue.
 */
import path from 'node:path'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'

export const FIXTURE_ID = 'urn:bauplan:baustein:test-kommune:identitaet-pruefen'
export const FIXTURE_BPMN = 'identitaet-pruefen.bpmn'

export async function fixtureFolder(
  change: (metadata: Record<string, unknown>) => void = () => undefined,
  id = FIXTURE_ID
): Promise<Record<string, string>> {
  const folder = await readModelFolder(path.join(MODELS_DIR, 'bausteine', 'identitaet-pruefen'))
  const metadata = JSON.parse(folder.files['baustein.json'] ?? '{}') as Record<string, unknown>
  metadata.id = id
  delete metadata.$schema
  change(metadata)
  return { ...folder.files, 'baustein.json': `${JSON.stringify(metadata, null, 2)}\n` }
}

/** The URL of a block or version: ids are URNs and go into paths encoded. */
export function blockUrl(id: string, rest = ''): string {
  return `/api/bausteine/${encodeURIComponent(id)}${rest}`
}
