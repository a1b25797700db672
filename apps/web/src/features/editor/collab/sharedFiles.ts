import {
  filesMap,
  fromShared,
  jsonRoot,
  reconcileDefinitions,
  setJsonValue,
  textRoot,
  writeReadFile,
  type FileKind,
  type Json,
  type ModelKind,
} from '@bauplan/collab'
import { parseBpmn, parseDmn, type ModdleElement, type Problem } from '@bauplan/domain'
import type * as Y from 'yjs'
import { asJson, jsonChanges } from './jsonChanges'

/**
 * Reading and writing the files of a draft's Y.Doc that are not bound to a modeler. The layout is
 * the document model's (docs/collaboration.md § Document model): the root map `files` lists each
 * file with its kind; a JSON file's value sits under key `value` of its root map (`jsonRoot`), a
 * text file is its root text (`textRoot`). A file added after seeding has its content under a
 * per-add name, so the roots are always found through the `files` entry, never by file name alone.
 * New files are added with `writeReadFile` (the document's own add, one transaction with the
 * files entry — docs/collaboration.md § Adding and removing files).
 */

export function kindOf(doc: Y.Doc, file: string): FileKind | undefined {
  return filesMap(doc).get(file)?.kind
}

/** File names of one kind, in code-unit order (never Y.Map order, which differs between peers). */
export function filesOfKind(doc: Y.Doc, kind: FileKind): string[] {
  return [...filesMap(doc).entries()]
    .filter(([, info]) => info.kind === kind)
    .map(([name]) => name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

export function readJson(doc: Y.Doc, file: string): Json | undefined {
  if (kindOf(doc, file) !== 'json') return undefined
  const value = jsonRoot(doc, file).get('value')
  return value === undefined ? undefined : fromShared(value)
}

/** The file as text: JSON as `deriveFiles` writes it, text as it is; undefined for models. */
export function readText(doc: Y.Doc, file: string): string | undefined {
  const kind = kindOf(doc, file)
  if (kind === 'json') {
    const value = readJson(doc, file)
    return value === undefined ? undefined : `${JSON.stringify(value, null, 2)}\n`
  }
  if (kind === 'text') return textRoot(doc, file).toString()
  return undefined
}

/**
 * Writes a JSON value field by field (see `jsonChanges`) in one transaction. A file the document
 * does not list yet (entscheidungstests.json created in the editor) is added with its value.
 */
export function writeJson(doc: Y.Doc, origin: unknown, file: string, value: unknown): void {
  const next = asJson(value)
  const kind = kindOf(doc, file)
  if (kind !== undefined && kind !== 'json') throw notOfKind(file, 'JSON')
  if (kind === undefined) {
    writeReadFile(doc, origin, { name: file, kind: 'json', value: next })
    return
  }
  doc.transact(() => {
    for (const change of jsonChanges(readJson(doc, file), next)) {
      setJsonValue(doc, origin, file, change.path, change.value)
    }
  }, origin)
}

/** Sets a file's text: JSON files are parsed and merged field by field, text files spliced. */
export function writeText(doc: Y.Doc, origin: unknown, file: string, text: string): void {
  const kind = kindOf(doc, file) ?? (file.endsWith('.json') ? 'json' : 'text')
  if (kind === 'json') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new CollabWriteError(
        `„${file}“ ist kein gültiges JSON und kann nicht gespeichert werden (${String(error)}).`,
        `"${file}" is not valid JSON and cannot be saved (${String(error)}).`
      )
    }
    writeJson(doc, origin, file, value)
    return
  }
  if (kind !== 'text') throw notOfKind(file, 'Text')
  if (!filesMap(doc).has(file)) {
    writeReadFile(doc, origin, { name: file, kind: 'text', text })
    return
  }
  doc.transact(() => spliceText(textRoot(doc, file), text), origin)
}

/** Replaces only the middle that differs, so concurrent typing elsewhere in the text survives. */
export function spliceText(shared: Y.Text, next: string): void {
  const current = shared.toString()
  if (current === next) return
  let start = 0
  while (start < current.length && start < next.length && current[start] === next[start]) start++
  let end = 0
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++
  }
  const removed = current.length - start - end
  if (removed > 0) shared.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted !== '') shared.insert(start, inserted)
}

/**
 * Writes a model from its XML with `reconcileDefinitions` (only what differs). This is the path for
 * a modeler that is not bound to the document: its whole state is written, so changes others made
 * since it was opened are overwritten by it. A model the document does not list yet (a DMN file
 * added in the editor) is added.
 */
export async function writeModelXml(
  doc: Y.Doc,
  origin: unknown,
  file: string,
  kind: ModelKind,
  xml: string
): Promise<void> {
  const known = kindOf(doc, file)
  if (known !== undefined && known !== kind) throw notOfKind(file, kind.toUpperCase())
  const definitions = await parseModelXml(kind, xml, file)
  if (!definitions.id) {
    throw new CollabWriteError(
      `Das Modell „${file}“ hat keine Kennung (id) an seinem Wurzelelement.`,
      `The model "${file}" has no id on its root element.`
    )
  }
  if (known === undefined) {
    writeReadFile(doc, origin, { name: file, kind, definitions })
    return
  }
  doc.transact(() => reconcileDefinitions(doc, origin, file, definitions), origin)
}

async function parseModelXml(kind: ModelKind, xml: string, file: string): Promise<ModdleElement> {
  const parsed = kind === 'bpmn' ? await parseBpmn(xml) : await parseDmn(xml, { file })
  if (!parsed.definitions) {
    const reasons = parsed.problems.map((problem) => problem.message)
    throw new CollabWriteError(
      `„${file}“ ist kein lesbares ${kind.toUpperCase()}-Modell: ${reasons.map((r) => r.de).join(' ')}`,
      `"${file}" is not a readable ${kind.toUpperCase()} model: ${reasons.map((r) => r.en).join(' ')}`
    )
  }
  return parsed.definitions as unknown as ModdleElement
}

/** A write the document refused; `problems` carries the reason in German and English. */
export class CollabWriteError extends Error {
  readonly problems: Problem[]

  constructor(de: string, en: string) {
    super(de)
    this.name = 'CollabWriteError'
    this.problems = [{ code: 'collab.write', severity: 'error', message: { de, en } }]
  }
}

function notOfKind(file: string, kind: string): CollabWriteError {
  return new CollabWriteError(
    `„${file}“ ist im gemeinsamen Dokument keine ${kind}-Datei.`,
    `"${file}" is not a ${kind} file in the shared document.`
  )
}
