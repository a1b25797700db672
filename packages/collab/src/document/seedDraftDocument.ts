import type { Problem } from '@bauplan/domain'
import * as Y from 'yjs'
import { encodeModel } from './encodeModel'
import { toShared, type Json } from './jsonValue'
import { parseModel, type ModelKind } from './modelKind'
import { filesMap, jsonRoot, modelMaps, textRoot, type FileKind } from './modelSpace'
import type { ModdleElement } from '@bauplan/domain'

/** Transaction origin of seeding, so observers (and undo managers) can tell it from edits. */
export const SEED_ORIGIN = 'bauplan:seed'

export interface SeedResult {
  /** The seed as one Yjs update; empty when there were problems (then nothing was written). */
  update: Uint8Array
  problems: Problem[]
}

/**
 * Builds the seed of a draft from its files as one Yjs update, written by a client id derived from
 * the files' content (`seedClientId`). The same files always give byte-identical updates, so two
 * servers that seed the same draft concurrently produce the same Yjs items (same client, same
 * clocks) and merging them changes nothing: the content cannot double. The update is meant to be
 * stored as the document's first update before anyone joins (see `docs/collaboration.md`).
 */
export async function createSeedUpdate(
  files: Readonly<Record<string, string>>
): Promise<SeedResult> {
  const names = Object.keys(files).sort()
  const problems: Problem[] = []
  const models = new Map<string, { kind: ModelKind; definitions: ModdleElement }>()
  const json = new Map<string, Json>()
  for (const name of names) {
    const text = files[name] ?? ''
    const kind = fileKind(name)
    if (kind === 'bpmn' || kind === 'dmn') {
      const parsed = await parseModel(kind, name, text)
      if (!parsed.definitions)
        problems.push(...parsed.problems.filter((p) => p.severity === 'error'))
      else models.set(name, { kind, definitions: parsed.definitions })
    } else if (kind === 'json') {
      try {
        json.set(name, JSON.parse(text) as Json)
      } catch (error) {
        problems.push(unreadableJson(name, error))
      }
    }
  }
  if (problems.length > 0) return { update: new Uint8Array(), problems }

  const seedDoc = new Y.Doc({ gc: true })
  seedDoc.clientID = seedClientId(files)
  seedDoc.transact(() => {
    const index = filesMap(seedDoc)
    for (const name of names) {
      const kind = fileKind(name)
      const model = models.get(name)
      if (model) {
        const root = encodeModel(model.kind, model.definitions, modelMaps(seedDoc, name))
        index.set(name, { kind, root })
      } else if (kind === 'json') {
        jsonRoot(seedDoc, name).set('value', toShared(json.get(name) ?? null))
        index.set(name, { kind })
      } else {
        textRoot(seedDoc, name).insert(0, files[name] ?? '')
        index.set(name, { kind })
      }
    }
  }, SEED_ORIGIN)
  const update = Y.encodeStateAsUpdate(seedDoc)
  seedDoc.destroy()
  return { update, problems: [] }
}

/**
 * Seeds `doc` from files exactly once: a document that already lists files is left alone (it was
 * seeded, possibly by another server). Returns the update applied (empty when nothing was done)
 * and the problems that prevented seeding (then nothing was written).
 */
export async function seedDraftDocument(
  doc: Y.Doc,
  files: Readonly<Record<string, string>>
): Promise<SeedResult> {
  if (isSeeded(doc)) return { update: new Uint8Array(), problems: [] }
  const seed = await createSeedUpdate(files)
  if (seed.problems.length > 0) return seed
  // Checked again: another seed may have arrived while the files were parsed.
  if (!isSeeded(doc)) Y.applyUpdate(doc, seed.update, SEED_ORIGIN)
  return seed
}

export function isSeeded(doc: Y.Doc): boolean {
  return filesMap(doc).size > 0
}

export function fileKind(name: string): FileKind {
  const lower = name.toLowerCase()
  if (lower.endsWith('.bpmn')) return 'bpmn'
  if (lower.endsWith('.dmn')) return 'dmn'
  if (lower.endsWith('.json')) return 'json'
  return 'text'
}

/**
 * A client id in 1 … 2^31−1 derived (FNV-1a) from the file names and contents. Different files
 * never share seed items; equal files always do.
 */
export function seedClientId(files: Readonly<Record<string, string>>): number {
  let hash = 0x811c9dc5
  for (const name of Object.keys(files).sort()) {
    for (const text of [name, '\u0000', files[name] ?? '', '\u0000']) {
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i)
        hash = Math.imul(hash, 0x01000193) >>> 0
      }
    }
  }
  return (hash % 0x7ffffffe) + 1
}

function unreadableJson(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: 'collab.seed.unreadableJson',
    severity: 'error',
    file,
    message: {
      de: `Die Datei „${file}“ ist kein gültiges JSON und kann nicht in das gemeinsame Dokument übernommen werden: ${reason}`,
      en: `The file "${file}" is not valid JSON and cannot be put into the shared document: ${reason}`,
    },
  }
}
