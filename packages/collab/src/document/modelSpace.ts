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
 *
 * A file added after seeding (`addFile`) carries a per-add id in `FileInfo.content`, and its root
 * types are named after `<file>#<content>` instead: two peers adding the same name concurrently
 * write into different root types, the `files` entry (last writer wins) picks one of them whole,
 * and a file removed and added again never sees leftovers of the removed one. `#` is not allowed
 * in file names, so the two spellings never collide.
 */
export const FILES_MAP = 'files'

export type FileKind = ModelKind | 'json' | 'text'

/** The value in the `files` map; written when the file is seeded or added, deleted when removed. */
export interface FileInfo {
  kind: FileKind
  /** For models: the key of the root (`definitions`) entry. */
  root?: string
  /** Per-add id of a file added after seeding: its root types are named after `<file>#<content>`. */
  content?: string
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

/**
 * The name a file's root types are built from: the file name for seeded files, `<file>#<content>`
 * for files added later (see above).
 */
export function contentName(file: string, info: FileInfo | undefined): string {
  return info?.content === undefined ? file : `${file}#${info.content}`
}

export function modelSpace(doc: Y.Doc, file: string): ModelSpace | undefined {
  const info = filesMap(doc).get(file)
  if (!info || (info.kind !== 'bpmn' && info.kind !== 'dmn') || info.root === undefined) {
    return undefined
  }
  return { file, kind: info.kind, root: info.root, ...modelMaps(doc, contentName(file, info)) }
}

/** The `elements` and `di` root maps of a model whose content is named `name`. */
export function modelMaps(doc: Y.Doc, name: string): Pick<ModelSpace, 'elements' | 'di'> {
  return {
    elements: doc.getMap(`model:${name}:elements`),
    di: doc.getMap(`model:${name}:di`),
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

/** The root map of a JSON file (its value under key `value`); `info` defaults to its `files` entry. */
export function jsonRoot(
  doc: Y.Doc,
  file: string,
  info: FileInfo | undefined = filesMap(doc).get(file)
): Y.Map<unknown> {
  return doc.getMap(`json:${contentName(file, info)}`)
}

/** The root text of a text file; `info` defaults to its `files` entry. */
export function textRoot(
  doc: Y.Doc,
  file: string,
  info: FileInfo | undefined = filesMap(doc).get(file)
): Y.Text {
  return doc.getText(`text:${contentName(file, info)}`)
}

/** Every root type holding the content of `file` as `info` describes it. */
export function contentRoots(doc: Y.Doc, file: string, info: FileInfo): Y.AbstractType<unknown>[] {
  if (info.kind === 'bpmn' || info.kind === 'dmn') {
    const { elements, di } = modelMaps(doc, contentName(file, info))
    return [elements as Y.AbstractType<unknown>, di as Y.AbstractType<unknown>]
  }
  if (info.kind === 'json') return [jsonRoot(doc, file, info) as Y.AbstractType<unknown>]
  return [textRoot(doc, file, info) as Y.AbstractType<unknown>]
}

/** The entry of an element, semantic or DI. */
export function entryOf(space: ModelSpace, key: string): Y.Map<unknown> | undefined {
  return space.elements.get(key) ?? space.di.get(key)
}
