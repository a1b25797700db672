// Test support (not exported): a document seeded from a reference model, and readers for it.
import {
  checkBausteinFolder,
  diSnapshot,
  parseBpmn,
  semanticSnapshot,
  type SemanticEntry,
} from '@bauplan/domain'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { createSeedUpdate } from '../document/seedDraftDocument'

export const REFERENCE_BLOCK = 'gebuehr-berechnen-und-festsetzen'
export const BPMN_FILE = `${REFERENCE_BLOCK}.bpmn`
export const PROCESS = 'Process_GebuehrBerechnenUndFestsetzen'
export const PARTICIPANT = 'Participant_Behoerde'
export const LANE_A = 'Lane_Sachbearbeitung'
export const LANE_B = 'Lane_Kasse'

let seed: Promise<{ files: Record<string, string>; update: Uint8Array }> | undefined

/** The reference block's files and their seed update (built once per test file). */
export function referenceSeed(): Promise<{ files: Record<string, string>; update: Uint8Array }> {
  seed ??= (async () => {
    const folder = await readModelFolder(join(MODELS_DIR, 'bausteine', REFERENCE_BLOCK))
    const result = await createSeedUpdate(folder.files)
    if (result.problems.length > 0) throw new Error('reference block does not seed')
    return { files: folder.files, update: result.update }
  })()
  return seed
}

export async function seededDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, (await referenceSeed()).update)
  return doc
}

export async function semanticOf(doc: Y.Doc): Promise<Map<string, SemanticEntry>> {
  const xml = (await deriveFiles(doc))[BPMN_FILE] ?? ''
  const parsed = await parseBpmn(xml)
  if (!parsed.definitions) throw new Error('derived BPMN does not parse')
  return new Map(semanticSnapshot(parsed.definitions).map((entry) => [entry.id, entry]))
}

export async function errorsOf(doc: Y.Doc): Promise<string[]> {
  const check = await checkBausteinFolder(await deriveFiles(doc))
  return check.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.code}: ${problem.message.en}`)
}

/**
 * Structural validity beyond the domain checks: every flow has both ends, every reference and
 * every DI shape/edge points to an element that exists.
 */
export async function danglingOf(doc: Y.Doc): Promise<string[]> {
  const parsed = await parseBpmn((await deriveFiles(doc))[BPMN_FILE] ?? '')
  if (!parsed.definitions) return ['derived BPMN does not parse']
  const entries = semanticSnapshot(parsed.definitions)
  const ids = new Set(entries.map((entry) => entry.id))
  const found: string[] = []
  for (const entry of entries) {
    if (/Flow$/.test(entry.type) && (!entry.references.sourceRef || !entry.references.targetRef)) {
      found.push(`${entry.id}: flow without both ends`)
    }
    for (const [property, value] of Object.entries(entry.references)) {
      for (const id of Array.isArray(value) ? value : [value]) {
        if (!ids.has(id)) found.push(`${entry.id}.${property} → ${id}`)
      }
    }
  }
  const di = diSnapshot(parsed.definitions)
  for (const shape of [...di.shapes, ...di.edges]) {
    if (!shape.bpmnElement || !ids.has(shape.bpmnElement))
      found.push(`${shape.id ?? '?'}: DI without element`)
  }
  return found
}
