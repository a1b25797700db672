import type * as Y from 'yjs'
import type { ModelKind } from './modelKind'

/**
 * How a draft's files are laid out in its Y.Doc. The root map `files` lists every file with its
 * kind; the content of each file lives in root types named after the file:
 *
 * - BPMN/DMN: `model:<file>:elements` (semantic elements) and `model:<file>:di` (diagram
 *   interchange), each a Y.Map from element id to an entry (see `entry.ts`);
 * - JSON (baustein.json, entscheidungstests.json): `json:<file>`, a Y.Map whose key `value` holds
 *   the JSON as nested shared types (see `jsonValue.ts`);
 * - anything else: `text:<file>`, a Y.Text.
 */
export const FILES_MAP = 'files'

export type FileKind = ModelKind | 'json' | 'text'

/** The value in the `files` map; written once when the file is seeded, never edited. */
export interface FileInfo {
  kind: FileKind
  /** For models: the key of the root (`definitions`) entry. */
  root?: string
}

export function filesMap(doc: Y.Doc): Y.Map<FileInfo> {
  return doc.getMap<FileInfo>(FILES_MAP)
}

/** The shared structures of one BPMN or DMN file. */
export interface ModelSpace {
  file: string
  kind: ModelKind
  root: string
  elements: Y.Map<Y.Map<unknown>>
  di: Y.Map<Y.Map<unknown>>
}

export function modelSpace(doc: Y.Doc, file: string): ModelSpace | undefined {
  const info = filesMap(doc).get(file)
  if (!info || (info.kind !== 'bpmn' && info.kind !== 'dmn') || info.root === undefined) {
    return undefined
  }
  return {
    file,
    kind: info.kind,
    root: info.root,
    elements: doc.getMap(`model:${file}:elements`),
    di: doc.getMap(`model:${file}:di`),
  }
}

/** The one BPMN file of a draft (a building-block folder has exactly one). */
export function bpmnSpace(doc: Y.Doc): ModelSpace | undefined {
  for (const [file, info] of sortedFiles(doc)) {
    if (info.kind === 'bpmn') return modelSpace(doc, file)
  }
  return undefined
}

/** Files in code-unit order of their names: never rely on Y.Map iteration order (see docs). */
export function sortedFiles(doc: Y.Doc): [string, FileInfo][] {
  return [...filesMap(doc).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

export function jsonRoot(doc: Y.Doc, file: string): Y.Map<unknown> {
  return doc.getMap(`json:${file}`)
}

export function textRoot(doc: Y.Doc, file: string): Y.Text {
  return doc.getText(`text:${file}`)
}

/** The entry of an element, semantic or DI. */
export function entryOf(space: ModelSpace, key: string): Y.Map<unknown> | undefined {
  return space.elements.get(key) ?? space.di.get(key)
}
